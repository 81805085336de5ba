package org.leadtocash.jackson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.leadtocash.domain.common.EventType;

/**
 * One step of a stored event's or snapshot's schema: turns the JSON document of an event type (or
 * of a {@link SnapshotCatalogue snapshot type}) at one schema version into the document of the next
 * version, before the codec binds it (DESIGN §2, "Events are a public, stored contract").
 *
 * <p>A document several versions old is read through one upcaster per version, in order. The codec
 * gives each step its own copy of the document, with {@code "type"} and {@code "schemaVersion"} as
 * stored, and afterwards sets {@code "schemaVersion"} to {@link #fromVersion()} {@code + 1} itself;
 * the type name stays. A missing step is an error that names it; nothing is guessed.
 */
public interface Upcaster {

  /**
   * {@return the stored type name of the event or snapshot this step reads, e.g. {@code
   * lead.closed} or {@code contract}}
   */
  String type();

  /** {@return the schema version this step reads; it writes the next one} */
  int fromVersion();

  /**
   * Turns a document of {@link #fromVersion()} into one of the next version.
   *
   * @param document the stored document, a copy the step may change; not null
   * @return the document of the next version, never null
   */
  ObjectNode upcast(ObjectNode document);

  /**
   * Returns an upcaster made of a function.
   *
   * @param type the stored type name of the event ({@code lead.closed}) or of the snapshot ({@code
   *     contract}); not null
   * @param fromVersion the schema version the step reads, 1 or more
   * @param step turns a document of that version into one of the next; not null
   * @return the upcaster, never null
   * @throws IllegalArgumentException if the type name or the version is not one an {@link
   *     EventType} or a {@link SnapshotCatalogue.Entry snapshot type} may have
   */
  static Upcaster of(String type, int fromVersion, UnaryOperator<ObjectNode> step) {
    Objects.requireNonNull(type, "type");
    String checked =
        SnapshotCatalogue.isSnapshotName(type)
            ? SnapshotCatalogue.check(type, fromVersion)
            : EventType.of(type, fromVersion).name();
    Objects.requireNonNull(step, "step");
    return new Upcaster() {
      @Override
      public String type() {
        return checked;
      }

      @Override
      public int fromVersion() {
        return fromVersion;
      }

      @Override
      public ObjectNode upcast(ObjectNode document) {
        return step.apply(Objects.requireNonNull(document, "document"));
      }

      @Override
      public String toString() {
        return "Upcaster[" + checked + " v" + fromVersion + " -> v" + (fromVersion + 1) + "]";
      }
    };
  }
}
