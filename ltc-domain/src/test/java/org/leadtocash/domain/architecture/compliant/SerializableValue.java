package org.leadtocash.domain.architecture.compliant;

import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;

/** Uses only the serialization markers of {@code java.io}, which do no I/O. */
public final class SerializableValue implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final String value;

  /** Creates the value. */
  public SerializableValue(String value) {
    this.value = value;
  }

  /** Returns the value. */
  public String value() {
    return value;
  }

  @Serial
  private Object readResolve() throws ObjectStreamException {
    return new SerializableValue(value);
  }
}
