package org.leadtocash.examples.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.jackson.LeadToCashModule;

/**
 * The store's payloads as JSON, through {@code ltc-jackson}: the event's type name and schema
 * version, then its components; read back strictly (an unknown type or version, a missing, extra or
 * mistyped field, a value breaking a domain rule are refused, naming the type and the field).
 */
public final class JsonEventCodec implements EventCodec {

  private final ObjectMapper mapper;

  private JsonEventCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** {@return the codec of the standard module's strict mapper; never null} */
  public static JsonEventCodec strict() {
    return of(LeadToCashModule.create());
  }

  /**
   * Returns the codec of a configured module: with the host's upcasters, or writing personal data
   * when the host has decided to store it (DOMAIN D7.8).
   *
   * @param module the module; not null
   * @return the codec, never null
   */
  public static JsonEventCodec of(LeadToCashModule module) {
    return new JsonEventCodec(Objects.requireNonNull(module, "module").strictMapper());
  }

  @Override
  public String write(DomainEvent event) {
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  @Override
  public DomainEvent read(String json) {
    try {
      return mapper.readValue(json, DomainEvent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }
}
