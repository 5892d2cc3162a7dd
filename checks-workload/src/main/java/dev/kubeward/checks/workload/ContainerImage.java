package dev.kubeward.checks.workload;

import dev.kubeward.core.k8s.ContainerView;
import dev.kubeward.core.k8s.ImageReference;
import dev.kubeward.core.model.Field;
import java.util.Optional;

/**
 * A container's image as the image checks see it: the field (where findings point), the text as
 * written (what messages quote) and the reference core's parser made of it. An image that does
 * not parse is {@link InvalidImageReference}'s finding alone; the other image checks skip it.
 */
record ContainerImage(Field field, String text, ImageReference ref) {

  /** Made once per container for the image checks that ask (five of them). */
  private static final ContainerView.Derived<Optional<ContainerImage>> IMAGE = new ContainerView.Derived<>(ContainerImage::read);

  /** The container's image, if it has one that parses. */
  static Optional<ContainerImage> of(ContainerView container) {
    return container.derived(IMAGE);
  }

  private static Optional<ContainerImage> read(ContainerView container) {
    Optional<ImageReference> ref = container.imageReference();
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    Field f = container.image().orElseThrow();
    return Optional.of(new ContainerImage(f, f.text().orElseThrow(), ref.get()));
  }

  /** The container's image field, if it is set but is not a valid image reference. */
  static Optional<Field> invalid(ContainerView container) {
    return container.image().filter(f -> container.imageReference().isEmpty());
  }

  /** Whether a digest pins the content; without one, any tag (or none) can move. */
  boolean pinned() {
    return ref.digest().isPresent();
  }
}
