package org.leadtocash.examples.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.jackson.LeadToCashModule;

/**
 * The store's payloads as JSON, through {@code ltc-jackson}: an event's or a snapshot's type name
 * and schema version, then its components or attributes; read back strictly (an unknown type or
 * version, a missing, extra or mistyped field, a value breaking a domain rule are refused, naming
 * the type and the field).
 */
public final class JsonCodec implements Codec {

  private final ObjectMapper mapper;

  private JsonCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** {@return the codec of the standard module's strict mapper; never null} */
  public static JsonCodec strict() {
    return of(LeadToCashModule.create());
  }

  /**
   * Returns the codec of a configured module: with the host's upcasters, or writing personal data
   * when the host has decided to store it (DOMAIN D7.8).
   *
   * @param module the module; not null
   * @return the codec, never null
   */
  public static JsonCodec of(LeadToCashModule module) {
    return new JsonCodec(Objects.requireNonNull(module, "module").strictMapper());
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

  @Override
  public String writeSnapshot(Aggregate<?, ?> aggregate) {
    try {
      return mapper.writeValueAsString(aggregate);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  @Override
  public <A extends Aggregate<?, ?>> A readSnapshot(String json, Class<A> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }
}
