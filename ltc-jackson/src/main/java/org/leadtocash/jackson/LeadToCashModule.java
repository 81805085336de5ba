package org.leadtocash.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.history.EventCatalogue;
import org.leadtocash.planning.history.PlanningEvents;

/**
 * The Jackson 2 module of leadtocash: writes and reads every event of its {@link EventCatalogue}
 * with the event's stored type name and schema version, and every value an event carries.
 *
 * <pre>{@code
 * ObjectMapper json = LeadToCashModule.create().strictMapper();
 * String stored = json.writeValueAsString(event);     // {"type":"lead.created","schemaVersion":1,...}
 * DomainEvent read = json.readValue(stored, DomainEvent.class);
 * }</pre>
 *
 * <p>An event is written as {@code "type"} (its stored name, such as {@code contract.drafted}) and
 * {@code "schemaVersion"}, then its components in their declared order. Reading it into {@link
 * DomainEvent}, a family such as {@code LeadEvent}, or its own class picks the class through the
 * catalogue; an unknown type name or a newer schema version is refused, and an older one is read
 * through the {@link Upcaster upcasters} registered on the module. Values are written field by
 * field: a record's components in order, an Immutables value's attributes by name, a sealed type's
 * permitted class under {@code "kind"}; ids as plain strings, {@code Money} as {@code {"amount":
 * "12.50", "currency": "EUR"}} (an exact decimal string, never a floating point number), {@code
 * Instant}, {@code LocalDate}, {@code Period} and {@code LocalDateRange} as ISO-8601 strings, an
 * enum by its name, an empty {@code Optional} as {@code null}, a set and a map in one fixed order.
 *
 * <p>Reading is strict and never drops or defaults a field: a missing, null, extra or mistyped
 * field, a malformed amount or currency, and a value that breaks a domain rule are refused with a
 * {@link LeadToCashJsonException} naming the type and the field. The module answers for every class
 * of leadtocash, so none falls back to Jackson's bean introspection (which sees no property of a
 * value whose accessors have no {@code get}); a class it cannot write, such as an aggregate without
 * {@code restore()}, is refused with a clear message, never written as {@code {}}.
 *
 * <p>Personal data (a {@code PersonalProfile}, DOMAIN D7.8, and anything that holds one) is written
 * only by a module built with {@link Builder#writePersonalData(boolean) writePersonalData(true)};
 * by default writing it is refused with an exception saying so. Reading it needs no option: what
 * the host stored, it may read. A value that hands its personal data out only under the D7.8 rule,
 * through a public method taking the reader and a {@code PersonalDataAccess} (an {@code
 * ExecutiveProfile}'s personal profile), is read for storage through that same method, by a module
 * built to write personal data and by no other: such a module is the host's store, which may read
 * everything it stores; it names itself {@code ltc-jackson storage} as the reader. No other route
 * to the data exists for it.
 *
 * <p>The module's own reading is strict on any {@code ObjectMapper} it is registered on; what it
 * cannot see — a key twice in one object (the parser keeps the last), tokens after the document —
 * only {@link #strictMapper()} refuses, so read stored events with it, or with a mapper configured
 * the same way.
 *
 * <p>An aggregate's snapshot is written as {@code "type"} (its {@link SnapshotCatalogue snapshot
 * type}, such as {@code contract}) and {@code "schemaVersion"}, then every attribute by name, and
 * read back through the aggregate's public static {@code restore()} builder, whose {@code build()}
 * checks every invariant of the state; a snapshot that breaks one is refused, naming the attribute.
 * Continue a snapshot read back with the aggregate's {@code replay(snapshot, eventsAfter)}. An
 * aggregate without {@code restore()} is refused, never written as {@code {}}: store its events and
 * replay them.
 *
 * <pre>{@code
 * String row = json.writeValueAsString(contract);   // {"type":"contract","schemaVersion":1,...}
 * Contract snapshot = json.readValue(row, Contract.class);
 * Contract now = Contract.replay(snapshot, eventsAfter);
 * }</pre>
 *
 * <p>The module is thread-safe once built.
 */
public final class LeadToCashModule extends Module {

  private final Codecs codecs;

  private LeadToCashModule(Builder builder) {
    this.codecs =
        new Codecs(
            builder.catalogue,
            builder.snapshots,
            ImmutableList.copyOf(builder.upcasters),
            builder.personal);
  }

  /**
   * {@return a module of the domain's and the plans' events and snapshots ({@link
   * PlanningEvents#all()}, {@link SnapshotCatalogue#all()}), without upcasters, that refuses to
   * write personal data; never null}
   */
  public static LeadToCashModule create() {
    return builder().build();
  }

  /** {@return a new builder, of the domain's and the plans' catalogues; never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the catalogue of the events the module reads; never null} */
  public EventCatalogue catalogue() {
    return codecs.catalogue();
  }

  /** {@return the catalogue of the aggregate snapshots the module writes and reads; never null} */
  public SnapshotCatalogue snapshots() {
    return codecs.snapshots();
  }

  /** {@return whether the module writes personal data (DOMAIN D7.8)} */
  public boolean writesPersonalData() {
    return codecs.writesPersonalData();
  }

  /**
   * Returns a new, strict {@code ObjectMapper} with this module: unknown, missing and null
   * properties, null primitives, duplicate keys and trailing tokens fail; no default typing; dates
   * as ISO-8601 strings; properties and map entries of other classes in alphabetical order, so that
   * a document is written byte for byte the same way each time. Its parser refuses a document that
   * is not JSON as Jackson's does ({@code StreamReadException}), except that a refusal whose
   * message would quote a raw control character of the document is a {@link
   * LeadToCashJsonException} with that text escaped; every other refusal of the codec is a {@link
   * LeadToCashJsonException}.
   *
   * @return the mapper, never null
   */
  public ObjectMapper strictMapper() {
    return JsonMapper.builder(new EscapingJsonFactory())
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(this)
        .enable(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .deactivateDefaultTyping()
        .build();
  }

  /** {@return {@code leadtocash}} */
  @Override
  public String getModuleName() {
    return "leadtocash";
  }

  /** {@return the module's version: unknown, as the library's jars do not record one} */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Registers the module's serialisers and deserialisers, which answer for every class of
   * leadtocash and for the third-party values events carry.
   *
   * @param context Jackson's set-up context; not null
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new CodecSerializers(codecs));
    context.addDeserializers(new CodecDeserializers(codecs));
  }

  /** Builds a {@link LeadToCashModule}. */
  public static final class Builder {
    private EventCatalogue catalogue = PlanningEvents.all();
    private SnapshotCatalogue snapshots = SnapshotCatalogue.all();
    private final List<Upcaster> upcasters = new ArrayList<>();
    private boolean personal;

    private Builder() {}

    /**
     * Sets the catalogue of the events the module writes and reads; {@link PlanningEvents#all()},
     * the domain's events and the plans', unless set.
     *
     * @param catalogue the catalogue; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder catalogue(EventCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Sets the catalogue of the aggregate snapshots the module writes and reads; {@link
     * SnapshotCatalogue#all()}, the domain's aggregates and the plans', unless set.
     *
     * @param snapshots the catalogue; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder snapshots(SnapshotCatalogue snapshots) {
      this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
      return this;
    }

    /**
     * Adds an upcaster: one step from a stored schema version of an event type, or of a snapshot
     * type, to the next.
     *
     * @param upcaster the step; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder upcaster(Upcaster upcaster) {
      upcasters.add(Objects.requireNonNull(upcaster, "upcaster"));
      return this;
    }

    /**
     * Says whether the module writes personal data (DOMAIN D7.8); it does not unless the host asks
     * for it here, and refuses to write it instead.
     *
     * @param write whether to write it
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder writePersonalData(boolean write) {
      this.personal = write;
      return this;
    }

    /**
     * Builds the module.
     *
     * @return the module, never null
     * @throws IllegalArgumentException if two upcasters read the same version of a type
     */
    public LeadToCashModule build() {
      return new LeadToCashModule(this);
    }
  }

  private static String typeName(Class<?> type) {
    return PlanningEvents.all()
        .entry(asEvent(type))
        .map(e -> e.type().toString())
        .orElse(Codecs.publicType(type).getSimpleName());
  }

  @SuppressWarnings("unchecked") // only looked up
  private static Class<? extends DomainEvent> asEvent(Class<?> type) {
    return DomainEvent.class.isAssignableFrom(type)
        ? (Class<? extends DomainEvent>) type
        : DomainEvent.class;
  }

  private static final class CodecSerializers extends Serializers.Base {
    private final Codecs codecs;

    CodecSerializers(Codecs codecs) {
      this.codecs = codecs;
    }

    @Override
    public @Nullable JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      return Codecs.claims(raw) ? new CodecSerializer(codecs) : null;
    }
  }

  private static final class CodecSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient Codecs codecs;

    CodecSerializer(Codecs codecs) {
      super(Object.class);
      this.codecs = codecs;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      Class<?> type = Codecs.publicType(value.getClass());
      JsonNode node;
      try {
        node = codecs.codec(type).encode(value, Codecs.ROOT);
      } catch (Codecs.Failure f) {
        throw new LeadToCashJsonException(
            gen, "write", typeOf(f, type), f.path(), f.problem(), f.getCause());
      } catch (IllegalArgumentException e) {
        throw new LeadToCashJsonException(
            gen, "write", typeName(type), Codecs.ROOT, String.valueOf(e.getMessage()), e);
      }
      gen.writeTree(node);
    }
  }

  private static String typeOf(Codecs.Failure f, Class<?> type) {
    String named = f.type();
    return named != null ? named : typeName(type);
  }

  private static final class CodecDeserializers extends Deserializers.Base {
    private final Codecs codecs;

    CodecDeserializers(Codecs codecs) {
      this.codecs = codecs;
    }

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      return Codecs.claims(raw) ? new CodecDeserializer(codecs, raw) : null;
    }

    @Override
    public @Nullable JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      return Codecs.claims(type) ? new CodecDeserializer(codecs, type) : null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return Codecs.claims(valueType);
    }
  }

  private static final class CodecDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient Codecs codecs;
    private final Class<?> type;

    CodecDeserializer(Codecs codecs, Class<?> type) {
      super(type);
      this.codecs = codecs;
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      try {
        return codecs.codec(type).decode(node, Codecs.ROOT);
      } catch (Codecs.Failure f) {
        throw new LeadToCashJsonException(
            p, "read", typeOf(f, type), f.path(), f.problem(), f.getCause());
      } catch (IllegalArgumentException e) {
        throw new LeadToCashJsonException(
            p, "read", typeName(type), Codecs.ROOT, String.valueOf(e.getMessage()), e);
      }
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      throw new LeadToCashJsonException(
          ctxt.getParser(),
          "read",
          typeName(type),
          Codecs.ROOT,
          "is null, but a " + type.getSimpleName() + " is required",
          null);
    }
  }
}
