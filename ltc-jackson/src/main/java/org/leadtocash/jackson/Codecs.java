package org.leadtocash.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Ordering;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Identifier;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonalDataAccess;
import org.leadtocash.domain.customer.PersonalProfile;
import org.leadtocash.domain.history.EventCatalogue;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.Ruling;
import org.leadtocash.domain.process.ProcessCard;
import org.leadtocash.domain.process.ProcessCatalogue;
import org.threeten.extra.LocalDateRange;

/**
 * The codecs of the module: for each Java type an event carries, how it is written to a JSON tree
 * and read back from one, derived from the type — a record's components in order, an Immutables
 * value's attributes by name, a sealed type's permitted classes under {@code "kind"} — with the
 * leaves (ids, money, times, enums, numbers, text) written by hand. Reading is strict throughout.
 */
final class Codecs {

  /** The path of a whole document. */
  static final String ROOT = "$";

  /** The field that names an event's stored type. */
  static final String TYPE = "type";

  /** The field that names an event's schema version. */
  static final String SCHEMA_VERSION = "schemaVersion";

  /** The field that names the permitted class of a sealed type. */
  static final String KIND = "kind";

  private static final Pattern AMOUNT = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  private static final Pattern DECIMAL =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /** A builder's method that adds to a collection attribute rather than setting it. */
  private static final Pattern ADDER = Pattern.compile("(add|addAll|put|putAll)[A-Z].*");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final EventCatalogue catalogue;
  private final SnapshotCatalogue snapshots;
  private final ImmutableMap<String, ImmutableMap<Integer, Upcaster>> upcasters;
  private final boolean writePersonalData;
  private final Map<Type, Codec> known = new HashMap<>();

  Codecs(
      EventCatalogue catalogue,
      SnapshotCatalogue snapshots,
      List<Upcaster> upcasters,
      boolean writePersonalData) {
    this.catalogue = catalogue;
    this.snapshots = snapshots;
    Map<String, Map<Integer, Upcaster>> steps = new LinkedHashMap<>();
    for (Upcaster upcaster : upcasters) {
      Upcaster before =
          steps
              .computeIfAbsent(upcaster.type(), name -> new LinkedHashMap<>())
              .put(upcaster.fromVersion(), upcaster);
      if (before != null) {
        throw new IllegalArgumentException(
            "two upcasters read " + upcaster.type() + " v" + upcaster.fromVersion());
      }
    }
    ImmutableMap.Builder<String, ImmutableMap<Integer, Upcaster>> all = ImmutableMap.builder();
    steps.forEach((name, byVersion) -> all.put(name, ImmutableMap.copyOf(byVersion)));
    this.upcasters = all.buildOrThrow();
    this.writePersonalData = writePersonalData;
  }

  /** {@return the event catalogue the codecs read event types from} */
  EventCatalogue catalogue() {
    return catalogue;
  }

  /** {@return the snapshot catalogue the codecs read snapshot types from} */
  SnapshotCatalogue snapshots() {
    return snapshots;
  }

  /** {@return whether personal data (DOMAIN D7.8) is written} */
  boolean writesPersonalData() {
    return writePersonalData;
  }

  /**
   * Tells whether the module answers for a class: every class of leadtocash (so that none is ever
   * written by Jackson's bean introspection, which would drop its fields silently), and the
   * third-party values the events carry.
   */
  static boolean claims(Class<?> type) {
    return type.getName().startsWith("org.leadtocash.")
        || type == Money.class
        || type == CurrencyUnit.class
        || type == LocalDateRange.class;
  }

  /**
   * Returns the codec of a type.
   *
   * @throws IllegalArgumentException if the codec cannot write and read the type
   */
  synchronized Codec codec(Type type) {
    Codec codec = known.get(type);
    if (codec != null) {
      return codec;
    }
    Deferred deferred = new Deferred(type.getTypeName());
    known.put(type, deferred);
    try {
      Codec built = build(type);
      deferred.target = built;
      known.put(type, built);
      return built;
    } catch (RuntimeException e) {
      known.remove(type);
      throw e;
    }
  }

  /** The public class Jackson should treat a value as: Immutables' classes are package-private. */
  static Class<?> publicType(Class<?> type) {
    Class<?> c = type;
    while (!Modifier.isPublic(c.getModifiers()) && c.getSuperclass() != null) {
      c = c.getSuperclass();
    }
    return Modifier.isPublic(c.getModifiers()) ? c : type;
  }

  private Codec build(Type type) {
    if (type instanceof WildcardType wildcard) {
      return codec(wildcard.getUpperBounds()[0]);
    }
    if (type instanceof ParameterizedType parameterized) {
      return generic(parameterized);
    }
    if (!(type instanceof Class<?> c)) {
      throw unsupported(type, "a type variable or array");
    }
    if (c == String.class) {
      return new TextCodec();
    }
    if (c == boolean.class || c == Boolean.class) {
      return new BooleanCodec();
    }
    if (c == int.class || c == Integer.class) {
      return new IntegerCodec(false);
    }
    if (c == long.class || c == Long.class) {
      return new IntegerCodec(true);
    }
    if (c.isEnum()) {
      return new EnumCodec(c);
    }
    if (c == Money.class) {
      return new MoneyCodec();
    }
    if (c == CurrencyUnit.class) {
      return new TextLeafCodec(
          "a currency code (ISO 4217)", v -> ((CurrencyUnit) v).getCode(), CurrencyUnit::of);
    }
    if (c == Instant.class) {
      return new TextLeafCodec("an ISO-8601 instant", Object::toString, Instant::parse);
    }
    if (c == LocalDate.class) {
      return new TextLeafCodec("an ISO-8601 date", Object::toString, LocalDate::parse);
    }
    if (c == Period.class) {
      return new TextLeafCodec("an ISO-8601 period", Object::toString, Period::parse);
    }
    if (c == MonthDay.class) {
      return new TextLeafCodec(
          "an ISO-8601 month and day (--MM-DD)", Object::toString, MonthDay::parse);
    }
    if (c == YearMonth.class) {
      return new TextLeafCodec("an ISO-8601 year and month", Object::toString, YearMonth::parse);
    }
    if (c == Duration.class) {
      return new TextLeafCodec("an ISO-8601 duration", Object::toString, Duration::parse);
    }
    if (c == BigDecimal.class) {
      return new TextLeafCodec(
          "an exact decimal number",
          v -> ((BigDecimal) v).scale() >= 0 ? ((BigDecimal) v).toPlainString() : v.toString(),
          Codecs::decimal);
    }
    if (c == LocalDateRange.class) {
      return new TextLeafCodec(
          "an ISO-8601 date range (start/end-exclusive)", Object::toString, LocalDateRange::parse);
    }
    if (Optional.class == c
        || Collection.class.isAssignableFrom(c)
        || Map.class.isAssignableFrom(c)) {
      throw unsupported(type, "a raw container type");
    }
    if (DomainEvent.class.isAssignableFrom(c)) {
      return new EventCodec(c.asSubclass(DomainEvent.class));
    }
    if (Aggregate.class.isAssignableFrom(c)) {
      Class<?> visible = publicType(c);
      return visible != c ? codec(visible) : new SnapshotCodec(c);
    }
    if (c == ProcessCatalogue.class) {
      return new ProcessCatalogueCodec();
    }
    if (c.isRecord() && Identifier.class.isAssignableFrom(c)) {
      return new IdCodec(c);
    }
    if (c.isRecord()) {
      return new RecordCodec(c);
    }
    if (c.isSealed()) {
      return new SealedCodec(c);
    }
    if (c == GateDecision.class) {
      return ValueCodec.withFactory(this, c, Codecs::gateDecision);
    }
    if (Modifier.isAbstract(c.getModifiers()) && !c.isInterface()) {
      return ValueCodec.withBuilder(this, c);
    }
    if (!Modifier.isPublic(c.getModifiers()) && publicType(c) != c) {
      return codec(publicType(c));
    }
    throw unsupported(type, "neither a record, an Immutables value nor a sealed type");
  }

  private static BigDecimal decimal(String text) {
    if (!DECIMAL.matcher(text).matches()) {
      throw new IllegalArgumentException("a decimal such as \"12.50\" is expected");
    }
    return new BigDecimal(text);
  }

  @SuppressWarnings("unchecked") // the value codec read each attribute with its declared type
  private static Object gateDecision(Map<String, Object> attributes) {
    return GateDecision.restore(
        (OpportunityId) attribute(attributes, "opportunity"),
        (Ruling) attribute(attributes, "ruling"),
        (Optional<LocalDate>) attribute(attributes, "plannedOn"));
  }

  private static Object attribute(Map<String, Object> attributes, String name) {
    Object value = attributes.get(name);
    if (value == null) {
      throw new IllegalStateException("no attribute " + name + " was read");
    }
    return value;
  }

  private Codec generic(ParameterizedType type) {
    Class<?> raw = (Class<?>) type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    if (raw == Optional.class) {
      return new OptionalCodec(codec(arguments[0]));
    }
    if (raw == List.class || raw == Collection.class || raw == ImmutableList.class) {
      return new ListCodec(codec(arguments[0]));
    }
    if (raw == SortedSet.class || raw == NavigableSet.class || raw == ImmutableSortedSet.class) {
      return new SetCodec(codec(arguments[0]), true);
    }
    if (raw == Set.class || raw == ImmutableSet.class) {
      return new SetCodec(codec(arguments[0]), false);
    }
    if (raw == SortedMap.class || raw == NavigableMap.class || raw == ImmutableSortedMap.class) {
      return new MapCodec(key(arguments[0]), codec(arguments[1]), true);
    }
    if (raw == Map.class || raw == ImmutableMap.class) {
      return new MapCodec(key(arguments[0]), codec(arguments[1]), false);
    }
    if (raw.isRecord() && raw.getName().startsWith("org.leadtocash.")) {
      // a generic record of the library, such as StageEntry<SalesPhase>: its type variables are
      // the arguments given
      Map<TypeVariable<?>, Type> byVariable = new HashMap<>();
      TypeVariable<?>[] variables = raw.getTypeParameters();
      for (int i = 0; i < variables.length; i++) {
        byVariable.put(variables[i], arguments[i]);
      }
      return new RecordCodec(raw, byVariable);
    }
    throw unsupported(
        type, "a generic type other than Optional, List, Set, Map or a record of the library");
  }

  private KeyCodec key(Type type) {
    Type key = type instanceof WildcardType w ? w.getUpperBounds()[0] : type;
    if (key == String.class) {
      return new KeyCodec(String.class, Object::toString, (text, path) -> text);
    }
    if (key instanceof Class<?> c && c.isEnum()) {
      EnumCodec names = new EnumCodec(c);
      return new KeyCodec(c, v -> ((Enum<?>) v).name(), names::constant);
    }
    if (key instanceof Class<?> c && c.isRecord() && Identifier.class.isAssignableFrom(c)) {
      IdCodec ids = new IdCodec(c);
      return new KeyCodec(c, v -> ((Identifier) v).value(), ids::of);
    }
    throw unsupported(type, "a map key other than text, an enum or an id");
  }

  /** {@return a type's name with its article: {@code a Clause}, {@code an OpportunityProfile}} */
  static String article(String name) {
    return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  /** The order a set or a map is written in: enums in their declared order, others as written. */
  @SuppressWarnings({"unchecked", "rawtypes"}) // two constants of one enum
  private static int compare(Object a, Object b, Function<Object, String> written) {
    if (a instanceof Enum<?> x && b instanceof Enum<?> y) {
      return ((Enum) x).compareTo(y);
    }
    return written.apply(a).compareTo(written.apply(b));
  }

  private static IllegalArgumentException unsupported(Type type, String why) {
    return new IllegalArgumentException(
        "the leadtocash JSON codec cannot write or read " + type.getTypeName() + ": " + why);
  }

  // --- failures -------------------------------------------------------------------------------

  /** A refused field, unchecked inside the codecs; the module reports it with the type. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final @Nullable String type;

    Failure(String path, String message, @Nullable Throwable cause, @Nullable String type) {
      super(message, cause);
      this.path = path;
      this.type = type;
    }

    Failure(String path, String message) {
      this(path, message, null, null);
    }

    String path() {
      return path;
    }

    @Nullable String type() {
      return type;
    }

    String problem() {
      String message = getMessage();
      return message == null ? "refused" : message;
    }

    /** {@return this failure, named after the type it happened in unless it already names one} */
    Failure in(String typeName) {
      return type != null ? this : new Failure(path, problem(), getCause(), typeName);
    }
  }

  private static Failure domainRule(String path, Class<?> type, Throwable cause) {
    return new Failure(
        path, "breaks a rule of " + type.getSimpleName() + ": " + cause.getMessage(), cause, null);
  }

  private static Object invoke(Method method, @Nullable Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("cannot call " + method, cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }

  /** Turns what a domain constructor, factory or check threw into a failure at a path. */
  private static Failure refused(String path, Class<?> type, RuntimeException e) {
    if (e instanceof Failure failure) {
      return failure;
    }
    return domainRule(path, type, e);
  }

  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case NULL, MISSING -> "null";
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "the string " + node.toString();
      case NUMBER -> "the number " + node.toString();
      case BOOLEAN -> "the boolean " + node.toString();
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static Failure expected(String path, String what, JsonNode node) {
    return new Failure(path, "expected " + what + ", found " + describe(node));
  }

  private static String field(String path, String name) {
    return path + "." + name;
  }

  // --- codecs ---------------------------------------------------------------------------------

  /** How one type is written to a JSON tree and read back. */
  abstract static class Codec {

    /** {@return the JSON tree of a value, never null} */
    abstract JsonNode encode(Object value, String path);

    /** {@return the value read from a tree; refuses null unless the type is optional} */
    Object decode(JsonNode node, String path) {
      if (node.isNull() || node.isMissingNode()) {
        throw new Failure(path, "is null, but " + describeType() + " is required");
      }
      return read(node, path);
    }

    /** {@return the value read from a tree that is not null} */
    abstract Object read(JsonNode node, String path);

    /** {@return what the type is, for messages: {@code a LeadId}} */
    abstract String describeType();
  }

  /** A codec whose trees are JSON objects: records, values and sealed types. */
  abstract static class ObjectCodec extends Codec {
    @Override
    abstract ObjectNode encode(Object value, String path);

    @Override
    final Object read(JsonNode node, String path) {
      return readFields(object(node, path), path, Set.of());
    }

    ObjectNode object(JsonNode node, String path) {
      if (!node.isObject()) {
        throw expected(path, describeType() + " as a JSON object", node);
      }
      return (ObjectNode) node;
    }

    /**
     * Reads an object's fields; {@code alsoAllowed} are fields an enclosing codec reads (an event's
     * type, a sealed type's kind).
     */
    abstract Object readFields(ObjectNode node, String path, Set<String> alsoAllowed);

    /** Refuses a field the type does not have, and a field it has that is missing. */
    void checkFields(ObjectNode node, String path, List<String> fields, Set<String> alsoAllowed) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!fields.contains(name) && !alsoAllowed.contains(name)) {
          throw new Failure(
              field(path, name),
              "unknown field '" + name + "' of " + describeType() + "; its fields are " + fields);
        }
      }
      for (String name : fields) {
        if (!node.has(name)) {
          throw new Failure(
              field(path, name), "missing required field '" + name + "' of " + describeType());
        }
      }
    }
  }

  /** Forwards to a codec still being built: types that reach themselves. */
  private static final class Deferred extends Codec {
    private final String name;
    private @Nullable Codec target;

    Deferred(String name) {
      this.name = name;
    }

    private Codec target() {
      Codec t = target;
      if (t == null) {
        throw new IllegalStateException("the codec of " + name + " is not built yet");
      }
      return t;
    }

    @Override
    JsonNode encode(Object value, String path) {
      return target().encode(value, path);
    }

    @Override
    Object decode(JsonNode node, String path) {
      return target().decode(node, path);
    }

    @Override
    Object read(JsonNode node, String path) {
      return target().read(node, path);
    }

    @Override
    String describeType() {
      return target().describeType();
    }
  }

  private static final class TextCodec extends Codec {
    @Override
    JsonNode encode(Object value, String path) {
      return NODES.textNode((String) value);
    }

    @Override
    Object read(JsonNode node, String path) {
      if (!node.isTextual()) {
        throw expected(path, "a string", node);
      }
      return node.textValue();
    }

    @Override
    String describeType() {
      return "a string";
    }
  }

  private static final class BooleanCodec extends Codec {
    @Override
    JsonNode encode(Object value, String path) {
      return NODES.booleanNode((Boolean) value);
    }

    @Override
    Object read(JsonNode node, String path) {
      if (!node.isBoolean()) {
        throw expected(path, "true or false", node);
      }
      return node.booleanValue();
    }

    @Override
    String describeType() {
      return "a boolean";
    }
  }

  private static final class IntegerCodec extends Codec {
    private final boolean isLong;

    IntegerCodec(boolean isLong) {
      this.isLong = isLong;
    }

    @Override
    JsonNode encode(Object value, String path) {
      return isLong ? NODES.numberNode((Long) value) : NODES.numberNode((Integer) value);
    }

    @Override
    Object read(JsonNode node, String path) {
      if (!node.isIntegralNumber()
          || !(isLong ? node.canConvertToLong() : node.canConvertToInt())) {
        throw expected(path, describeType(), node);
      }
      return isLong ? (Object) node.longValue() : (Object) node.intValue();
    }

    @Override
    String describeType() {
      return isLong ? "a whole number (long)" : "a whole number (int)";
    }
  }

  /** A value written as one string: a time, a date, a period, a currency. */
  private static final class TextLeafCodec extends Codec {
    private final String what;
    private final Function<Object, String> write;
    private final Function<String, Object> parse;

    TextLeafCodec(String what, Function<Object, String> write, Function<String, Object> parse) {
      this.what = what;
      this.write = write;
      this.parse = parse;
    }

    @Override
    JsonNode encode(Object value, String path) {
      return NODES.textNode(write.apply(value));
    }

    @Override
    Object read(JsonNode node, String path) {
      if (!node.isTextual()) {
        throw expected(path, what + " as a string", node);
      }
      try {
        return parse.apply(node.textValue());
      } catch (RuntimeException e) {
        throw new Failure(path, "not " + what + ": " + node + " (" + e.getMessage() + ")", e, null);
      }
    }

    @Override
    String describeType() {
      return what;
    }
  }

  private static final class EnumCodec extends Codec {
    private final Class<?> type;
    private final ImmutableMap<String, Object> constants;

    EnumCodec(Class<?> type) {
      this.type = type;
      ImmutableMap.Builder<String, Object> byName = ImmutableMap.builder();
      for (Object constant : type.getEnumConstants()) {
        byName.put(((Enum<?>) constant).name(), constant);
      }
      this.constants = byName.buildOrThrow();
    }

    Object constant(String name, String path) {
      Object constant = constants.get(name);
      if (constant == null) {
        throw new Failure(
            path,
            "unknown " + type.getSimpleName() + " '" + name + "'; one of " + constants.keySet());
      }
      return constant;
    }

    @Override
    JsonNode encode(Object value, String path) {
      return NODES.textNode(((Enum<?>) value).name());
    }

    @Override
    Object read(JsonNode node, String path) {
      if (!node.isTextual()) {
        throw expected(path, describeType() + " as a string", node);
      }
      return constant(node.textValue(), path);
    }

    @Override
    String describeType() {
      return article(type.getSimpleName());
    }
  }

  /** An id: written as its plain value, read through the id's constructor, which checks it. */
  private static final class IdCodec extends Codec {
    private final Class<?> type;
    private final Constructor<?> constructor;

    IdCodec(Class<?> type) {
      this.type = type;
      RecordComponent[] components = type.getRecordComponents();
      if (components.length != 1 || components[0].getType() != String.class) {
        throw unsupported(type, "an id record has one String component");
      }
      try {
        this.constructor = type.getConstructor(String.class);
      } catch (NoSuchMethodException e) {
        throw unsupported(type, "no public constructor of a String");
      }
    }

    Object of(String value, String path) {
      try {
        return constructor.newInstance(value);
      } catch (InvocationTargetException e) {
        throw domainRule(path, type, e.getCause() == null ? e : e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + type, e);
      }
    }

    @Override
    JsonNode encode(Object value, String path) {
      return NODES.textNode(((Identifier) value).value());
    }

    @Override
    Object read(JsonNode node, String path) {
      if (!node.isTextual()) {
        throw expected(path, describeType() + " as a string", node);
      }
      return of(node.textValue(), path);
    }

    @Override
    String describeType() {
      return article(type.getSimpleName());
    }
  }

  /** Money: an exact decimal string and a currency code, never a binary floating point number. */
  private static final class MoneyCodec extends ObjectCodec {
    private static final List<String> FIELDS = List.of("amount", "currency");

    @Override
    ObjectNode encode(Object value, String path) {
      Money money = (Money) value;
      ObjectNode node = NODES.objectNode();
      node.put("amount", money.getAmount().toPlainString());
      node.put("currency", money.getCurrencyUnit().getCode());
      return node;
    }

    @Override
    Object readFields(ObjectNode node, String path, Set<String> alsoAllowed) {
      checkFields(node, path, FIELDS, alsoAllowed);
      JsonNode amountNode = node.get("amount");
      JsonNode currencyNode = node.get("currency");
      String amountPath = field(path, "amount");
      String currencyPath = field(path, "currency");
      if (!amountNode.isTextual()) {
        throw expected(
            amountPath, "an exact decimal amount as a string, such as \"12.50\"", amountNode);
      }
      String amount = amountNode.textValue();
      if (!AMOUNT.matcher(amount).matches()) {
        throw new Failure(
            amountPath,
            "malformed amount '" + amount + "': a plain decimal such as \"12.50\" is expected");
      }
      if (!currencyNode.isTextual()) {
        throw expected(currencyPath, "a currency code (ISO 4217) as a string", currencyNode);
      }
      CurrencyUnit currency;
      try {
        currency = CurrencyUnit.of(currencyNode.textValue());
      } catch (RuntimeException e) {
        throw new Failure(
            currencyPath, "unknown currency code '" + currencyNode.textValue() + "'", e, null);
      }
      BigDecimal exact = new BigDecimal(amount);
      if (exact.scale() > currency.getDecimalPlaces()) {
        throw new Failure(
            amountPath,
            "amount "
                + amount
                + " has more decimal places than "
                + currency.getCode()
                + " allows ("
                + currency.getDecimalPlaces()
                + "); it is never rounded");
      }
      return Money.of(currency, exact);
    }

    @Override
    String describeType() {
      return article("Money");
    }
  }

  private static final class OptionalCodec extends Codec {
    private final Codec present;

    OptionalCodec(Codec present) {
      this.present = present;
    }

    @Override
    JsonNode encode(Object value, String path) {
      Optional<?> optional = (Optional<?>) value;
      return optional.isPresent() ? present.encode(optional.get(), path) : NODES.nullNode();
    }

    @Override
    Object decode(JsonNode node, String path) {
      if (node.isNull()) {
        return Optional.empty();
      }
      if (node.isMissingNode()) {
        throw new Failure(path, "is missing; an absent optional value is written as null");
      }
      return Optional.of(present.read(node, path));
    }

    @Override
    Object read(JsonNode node, String path) {
      return decode(node, path);
    }

    @Override
    String describeType() {
      return "an optional " + present.describeType();
    }
  }

  private static final class ListCodec extends Codec {
    private final Codec element;

    ListCodec(Codec element) {
      this.element = element;
    }

    @Override
    JsonNode encode(Object value, String path) {
      ArrayNode array = NODES.arrayNode();
      int i = 0;
      for (Object e : (Collection<?>) value) {
        array.add(element.encode(e, path + "[" + i++ + "]"));
      }
      return array;
    }

    @Override
    Object read(JsonNode node, String path) {
      if (!node.isArray()) {
        throw expected(path, "a JSON array of " + element.describeType(), node);
      }
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        list.add(element.decode(node.get(i), path + "[" + i + "]"));
      }
      return ImmutableList.copyOf(list);
    }

    @Override
    String describeType() {
      return "a list";
    }
  }

  private static final class SetCodec extends Codec {
    private final Codec element;
    private final boolean sorted;

    SetCodec(Codec element, boolean sorted) {
      this.element = element;
      this.sorted = sorted;
    }

    @Override
    JsonNode encode(Object value, String path) {
      List<Object> elements = new ArrayList<>((Collection<?>) value);
      // a set has no order of its own: write it in one, so that a document is written the same way
      elements.sort((a, b) -> compare(a, b, e -> element.encode(e, path).toString()));
      ArrayNode array = NODES.arrayNode();
      int i = 0;
      for (Object e : elements) {
        array.add(element.encode(e, path + "[" + i++ + "]"));
      }
      return array;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"}) // a sorted set's elements are comparable
    Object read(JsonNode node, String path) {
      if (!node.isArray()) {
        throw expected(path, "a JSON array of " + element.describeType(), node);
      }
      Set<Object> set = new LinkedHashSet<>();
      for (int i = 0; i < node.size(); i++) {
        String at = path + "[" + i + "]";
        if (!set.add(element.decode(node.get(i), at))) {
          throw new Failure(at, "a set holds each element once, and this one is there before");
        }
      }
      return sorted
          ? ImmutableSortedSet.copyOf((Comparator) Ordering.natural(), set)
          : ImmutableSet.copyOf(set);
    }

    @Override
    String describeType() {
      return "a set";
    }
  }

  /** Reads a map key, refusing it with a failure at a path. */
  private interface KeyParser {
    Object parse(String key, String path);
  }

  /** A map key: text, an enum or an id, written as a JSON object's field name. */
  private static final class KeyCodec {
    private final Class<?> type;
    private final Function<Object, String> write;
    private final KeyParser parse;

    KeyCodec(Class<?> type, Function<Object, String> write, KeyParser parse) {
      this.type = type;
      this.write = write;
      this.parse = parse;
    }
  }

  private static final class MapCodec extends Codec {
    private final KeyCodec key;
    private final Codec value;
    private final boolean sorted;

    MapCodec(KeyCodec key, Codec value, boolean sorted) {
      this.key = key;
      this.value = value;
      this.sorted = sorted;
    }

    @Override
    JsonNode encode(Object map, String path) {
      List<Map.Entry<?, ?>> entries = new ArrayList<>(((Map<?, ?>) map).entrySet());
      // written in one order, so that a document is written the same way
      entries.sort((a, b) -> compare(a.getKey(), b.getKey(), key.write));
      ObjectNode node = NODES.objectNode();
      for (Map.Entry<?, ?> e : entries) {
        String name = key.write.apply(e.getKey());
        node.set(name, value.encode(e.getValue(), field(path, name)));
      }
      return node;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"}) // a sorted map's keys are comparable
    Object read(JsonNode node, String path) {
      if (!node.isObject()) {
        throw expected(
            path,
            "a JSON object from " + key.type.getSimpleName() + " to " + value.describeType(),
            node);
      }
      Map<Object, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        String at = field(path, f.getKey());
        Object k = key.parse.parse(f.getKey(), at);
        if (map.put(k, value.decode(f.getValue(), at)) != null) {
          throw new Failure(at, "a map holds each key once, and this one is there before");
        }
      }
      return sorted
          ? ImmutableSortedMap.copyOf(map, (Comparator) Ordering.natural())
          : ImmutableMap.copyOf(map);
    }

    @Override
    String describeType() {
      return "a map";
    }
  }

  /** A record: its components, in order, read back through its canonical constructor. */
  final class RecordCodec extends ObjectCodec {
    private final Class<?> type;
    private final RecordComponent[] components;
    private final List<String> names;
    private final List<Codec> codecs = new ArrayList<>();
    private final Constructor<?> constructor;

    RecordCodec(Class<?> type) {
      this(type, Map.of());
    }

    RecordCodec(Class<?> type, Map<TypeVariable<?>, Type> arguments) {
      this.type = type;
      this.components = type.getRecordComponents();
      this.names = Arrays.stream(components).map(RecordComponent::getName).toList();
      try {
        this.constructor =
            type.getConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      } catch (NoSuchMethodException e) {
        throw unsupported(type, "its canonical constructor is not public");
      }
      for (RecordComponent component : components) {
        Type generic = component.getGenericType();
        Type resolved =
            generic instanceof TypeVariable<?> variable && arguments.containsKey(variable)
                ? arguments.get(variable)
                : generic;
        codecs.add(codec(resolved));
      }
    }

    List<String> names() {
      return names;
    }

    @Override
    ObjectNode encode(Object value, String path) {
      ObjectNode node = NODES.objectNode();
      for (int i = 0; i < components.length; i++) {
        String name = names.get(i);
        Object component = invoke(components[i].getAccessor(), value);
        node.set(name, codecs.get(i).encode(component, field(path, name)));
      }
      return node;
    }

    @Override
    Object readFields(ObjectNode node, String path, Set<String> alsoAllowed) {
      checkFields(node, path, names, alsoAllowed);
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        String name = names.get(i);
        args[i] = codecs.get(i).decode(node.get(name), field(path, name));
      }
      try {
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw domainRule(path, type, cause == null ? e : cause);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + type, e);
      }
    }

    @Override
    String describeType() {
      return article(type.getSimpleName());
    }
  }

  /**
   * An Immutables value: its attributes (the abstract accessors and those with a default, each with
   * a setter on the value's builder) by name, read back through its public builder, whose checks
   * run.
   */
  static final class ValueCodec extends ObjectCodec {
    private final Codecs codecs;
    private final Class<?> type;
    private final List<Method> accessors;
    private final List<String> names;
    private final List<Codec> attributeCodecs = new ArrayList<>();
    private final Function<Map<String, Object>, Object> make;
    private final boolean personal;

    /**
     * The attributes the value hands out only under the D7.8 rule, through a public method that
     * takes the reader and the access rule (an executive's personal profile): personal data, read
     * for storage as {@link #STORAGE}, and only by a module that writes personal data.
     */
    private final Set<String> guarded;

    /** Whether the value is a restored aggregate, whose refusals name the attribute they are of. */
    private final boolean restored;

    /** The reader a module that writes personal data names when it reads it for storage. */
    private static final EmployeeId STORAGE = EmployeeId.of("ltc-jackson storage");

    /** The access of a module that writes personal data: it stores all of it (DOMAIN D7.8). */
    private static final PersonalDataAccess STORES_EVERYTHING = (reader, person) -> true;

    private ValueCodec(
        Codecs codecs,
        Class<?> type,
        List<Method> accessors,
        Function<Map<String, Object>, Object> make) {
      this(codecs, type, accessors, make, false, Set.of());
    }

    private ValueCodec(
        Codecs codecs,
        Class<?> type,
        List<Method> accessors,
        Function<Map<String, Object>, Object> make,
        boolean restored) {
      this(codecs, type, accessors, make, restored, Set.of());
    }

    private ValueCodec(
        Codecs codecs,
        Class<?> type,
        List<Method> accessors,
        Function<Map<String, Object>, Object> make,
        boolean restored,
        Set<String> guarded) {
      this.codecs = codecs;
      this.guarded = guarded;
      this.restored = restored;
      this.type = type;
      this.accessors = accessors;
      this.names = accessors.stream().map(Method::getName).toList();
      this.make = make;
      this.personal = type == PersonalProfile.class;
      for (Method accessor : accessors) {
        attributeCodecs.add(codecs.codec(accessor.getGenericReturnType()));
      }
    }

    /** A value built by a factory of the domain's: its attributes are its abstract accessors. */
    static ValueCodec withFactory(
        Codecs codecs, Class<?> type, Function<Map<String, Object>, Object> factory) {
      List<Method> accessors = new ArrayList<>();
      for (Method m : type.getMethods()) {
        if (Modifier.isAbstract(m.getModifiers()) && isAccessor(m)) {
          accessors.add(m);
        }
      }
      accessors.sort(Comparator.comparing(Method::getName));
      return new ValueCodec(codecs, type, accessors, factory);
    }

    /** A value built by its public builder. */
    static ValueCodec withBuilder(Codecs codecs, Class<?> type) {
      Method builderFactory;
      try {
        builderFactory = type.getMethod("builder");
      } catch (NoSuchMethodException e) {
        throw unsupported(type, "an abstract value type without a public builder()");
      }
      if (!Modifier.isStatic(builderFactory.getModifiers())) {
        throw unsupported(type, "builder() is not static");
      }
      Class<?> builder = builderFactory.getReturnType();
      Method build;
      try {
        build = builder.getMethod("build");
      } catch (NoSuchMethodException e) {
        throw unsupported(type, "its builder has no build()");
      }
      Class<?> implementation = implementation(type);
      List<Method> accessors = new ArrayList<>();
      Map<String, Method> setters = new LinkedHashMap<>();
      for (Method m : type.getMethods()) {
        if (!isAccessor(m)) {
          continue;
        }
        boolean attribute = Modifier.isAbstract(m.getModifiers()) || overrides(implementation, m);
        Method setter = setter(builder, m);
        if (attribute && setter == null && Modifier.isAbstract(m.getModifiers())) {
          throw unsupported(type, "its builder sets no " + m.getName());
        }
        if (attribute && setter != null) {
          accessors.add(m);
          setters.put(m.getName(), setter);
        }
      }
      Set<String> guarded = new LinkedHashSet<>();
      for (Method m : type.getMethods()) {
        Method setter = isGuarded(m) ? setter(builder, m) : null;
        if (setter != null && !setters.containsKey(m.getName())) {
          accessors.add(m);
          setters.put(m.getName(), setter);
          guarded.add(m.getName());
        }
      }
      accessors.sort(Comparator.comparing(Method::getName));
      Function<Map<String, Object>, Object> make =
          attributes -> {
            Object b = invoke(builderFactory, null);
            for (Map.Entry<String, Object> a : attributes.entrySet()) {
              Method setter = setters.get(a.getKey());
              if (setter == null) {
                throw new IllegalStateException("no setter of " + a.getKey());
              }
              Object unused = invoke(setter, b, a.getValue());
            }
            return invoke(build, b);
          };
      return new ValueCodec(codecs, type, accessors, make, false, Set.copyOf(guarded));
    }

    /**
     * Whether a method is the guarded read of a personal attribute (DOMAIN D7.8): public, not
     * static, taking the reader and the access rule, e.g. {@code
     * ExecutiveProfile.profile(EmployeeId, PersonalDataAccess)}.
     */
    private static boolean isGuarded(Method m) {
      return !Modifier.isStatic(m.getModifiers())
          && m.getReturnType() != void.class
          && Arrays.equals(
              m.getParameterTypes(), new Class<?>[] {EmployeeId.class, PersonalDataAccess.class});
    }

    /**
     * An aggregate restored from its snapshot's attributes by the builder its public static {@code
     * restore()} returns: its attributes are its abstract accessors and any other accessor the
     * builder sets (an attribute with a default); an accessor the builder does not set that is
     * abstract, or a setter of the builder that no accessor reads, is refused here, so that no
     * attribute is ever lost.
     */
    static ValueCodec withRestore(Codecs codecs, Class<?> type, Method restore) {
      Class<?> builder = restore.getReturnType();
      Method build;
      try {
        build = builder.getMethod("build");
      } catch (NoSuchMethodException e) {
        throw unsupported(type, "the builder restore() returns has no build()");
      }
      if (!type.isAssignableFrom(build.getReturnType())) {
        throw unsupported(type, "the build() of its restore() builder does not return one");
      }
      List<Method> accessors = new ArrayList<>();
      Map<String, Method> setters = new LinkedHashMap<>();
      for (Method m : type.getMethods()) {
        if (!isAccessor(m) || m.isBridge() || m.isSynthetic()) {
          continue;
        }
        Method setter = setter(builder, m);
        if (setter == null) {
          if (Modifier.isAbstract(m.getModifiers())) {
            throw unsupported(
                type, "its restore() builder sets no " + m.getName() + ", an attribute of it");
          }
          continue; // computed from the attributes, not one of them
        }
        accessors.add(m);
        setters.put(m.getName(), setter);
      }
      List<String> unread = new ArrayList<>();
      for (Method s : builder.getMethods()) {
        if (s.getParameterCount() == 1
            && !Modifier.isStatic(s.getModifiers())
            && s.getDeclaringClass() != Object.class
            && !setters.containsKey(s.getName())
            && !s.getName().equals("from")
            && !ADDER.matcher(s.getName()).matches()) {
          unread.add(s.getName());
        }
      }
      if (!unread.isEmpty()) {
        throw unsupported(
            type,
            "its restore() builder sets "
                + unread
                + ", which no accessor of it returns, so a snapshot would lose them");
      }
      accessors.sort(Comparator.comparing(Method::getName));
      Function<Map<String, Object>, Object> make =
          attributes -> {
            Object b = invoke(restore, null);
            for (Map.Entry<String, Object> a : attributes.entrySet()) {
              Method setter = setters.get(a.getKey());
              if (setter == null) {
                throw new IllegalStateException("no setter of " + a.getKey());
              }
              Object unused = invoke(setter, b, a.getValue());
            }
            return invoke(build, b);
          };
      return new ValueCodec(codecs, type, accessors, make, true);
    }

    /** {@return the names of the attributes, as written} */
    List<String> names() {
      return names;
    }

    private static boolean isAccessor(Method m) {
      return !Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0
          && m.getReturnType() != void.class
          && m.getDeclaringClass() != Object.class;
    }

    private static @Nullable Class<?> implementation(Class<?> type) {
      try {
        return Class.forName(
            type.getPackageName() + ".Immutable" + type.getSimpleName(),
            false,
            type.getClassLoader());
      } catch (ClassNotFoundException e) {
        return null;
      }
    }

    /** Whether the generated class implements a non-abstract accessor: a default attribute. */
    private static boolean overrides(@Nullable Class<?> implementation, Method m) {
      if (implementation == null) {
        return false;
      }
      try {
        return implementation.getDeclaredMethod(m.getName()) != null;
      } catch (NoSuchMethodException e) {
        return false;
      }
    }

    /** The builder's setter of one attribute that takes the attribute's whole type. */
    private static @Nullable Method setter(Class<?> builder, Method accessor) {
      Method best = null;
      for (Method s : builder.getMethods()) {
        if (s.getName().equals(accessor.getName())
            && s.getParameterCount() == 1
            && !Modifier.isStatic(s.getModifiers())
            && s.getParameterTypes()[0].isAssignableFrom(accessor.getReturnType())
            && (best == null
                || best.getParameterTypes()[0].isAssignableFrom(s.getParameterTypes()[0]))) {
          best = s;
        }
      }
      return best;
    }

    @Override
    ObjectNode encode(Object value, String path) {
      if (personal && !codecs.writePersonalData) {
        throw new Failure(
            path,
            "personal data (DOMAIN D7.8): a "
                + type.getSimpleName()
                + " is written only by a module the host builds to write it:"
                + " LeadToCashModule.builder().writePersonalData(true)");
      }
      ObjectNode node = NODES.objectNode();
      for (int i = 0; i < accessors.size(); i++) {
        String name = names.get(i);
        Object attribute;
        if (guarded.contains(name)) {
          if (!codecs.writePersonalData) {
            throw new Failure(
                field(path, name),
                "personal data (DOMAIN D7.8): a "
                    + type.getSimpleName()
                    + "'s "
                    + name
                    + " is written only by a module the host builds to write it:"
                    + " LeadToCashModule.builder().writePersonalData(true)");
          }
          attribute = invoke(accessors.get(i), value, STORAGE, STORES_EVERYTHING);
        } else {
          attribute = invoke(accessors.get(i), value);
        }
        node.set(name, attributeCodecs.get(i).encode(attribute, field(path, name)));
      }
      return node;
    }

    @Override
    Object readFields(ObjectNode node, String path, Set<String> alsoAllowed) {
      checkFields(node, path, names, alsoAllowed);
      Map<String, Object> attributes = new LinkedHashMap<>();
      for (int i = 0; i < accessors.size(); i++) {
        String name = names.get(i);
        attributes.put(name, attributeCodecs.get(i).decode(node.get(name), field(path, name)));
      }
      try {
        return make.apply(attributes);
      } catch (RuntimeException e) {
        throw restored ? restoreRefused(path, e) : refused(path, type, e);
      }
    }

    /**
     * Turns what a restored aggregate's {@code build()} threw into a failure at the attribute its
     * message names first (the domain names the attribute it refuses, as in {@code contract CT-7:
     * milestones total ...}), or at the whole snapshot if it names none.
     */
    private Failure restoreRefused(String path, RuntimeException e) {
      if (e instanceof Failure failure) {
        return failure;
      }
      String message = String.valueOf(e.getMessage());
      String at = path;
      int colon = message.indexOf(": ");
      String said = colon < 0 ? message : message.substring(colon + 2);
      int first = Integer.MAX_VALUE;
      for (String name : names) {
        Matcher m =
            Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name) + "(?![A-Za-z0-9])")
                .matcher(said);
        if (m.find() && m.start() < first) {
          first = m.start();
          at = field(path, name);
        }
      }
      if (e instanceof IllegalStateException) {
        return new Failure(
            at, "cannot restore " + article(type.getSimpleName()) + ": " + message, e, null);
      }
      return domainRule(at, type, e);
    }

    @Override
    String describeType() {
      return article(type.getSimpleName());
    }
  }

  /** A sealed type: the permitted class's simple name under {@code "kind"}, then its fields. */
  final class SealedCodec extends ObjectCodec {
    private final Class<?> type;
    private final ImmutableMap<String, Class<?>> kinds;

    SealedCodec(Class<?> type) {
      this.type = type;
      ImmutableMap.Builder<String, Class<?>> byName = ImmutableMap.builder();
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        byName.put(permitted.getSimpleName(), permitted);
      }
      this.kinds = byName.buildOrThrow();
    }

    private ObjectCodec of(Class<?> kind) {
      Codec codec = codec(kind);
      if (codec instanceof Deferred deferred) {
        codec = deferred.target();
      }
      if (!(codec instanceof ObjectCodec objectCodec)) {
        throw unsupported(kind, "a permitted class of a sealed type is written as an object");
      }
      return objectCodec;
    }

    @Override
    ObjectNode encode(Object value, String path) {
      for (Map.Entry<String, Class<?>> kind : kinds.entrySet()) {
        if (kind.getValue().isInstance(value)) {
          ObjectNode node = NODES.objectNode();
          node.put(KIND, kind.getKey());
          ObjectNode fields = of(kind.getValue()).encode(value, path);
          if (fields.has(KIND)) {
            throw new IllegalStateException(kind.getValue() + " has a field named " + KIND);
          }
          node.setAll(fields);
          return node;
        }
      }
      throw new IllegalStateException(value.getClass() + " is not permitted by " + type);
    }

    @Override
    Object readFields(ObjectNode node, String path, Set<String> alsoAllowed) {
      JsonNode kind = node.get(KIND);
      String at = field(path, KIND);
      if (kind == null) {
        throw new Failure(
            at,
            "missing required field '"
                + KIND
                + "' of "
                + describeType()
                + ": one of "
                + kinds.keySet());
      }
      if (!kind.isTextual()) {
        throw expected(at, "the kind of " + describeType() + " as a string", kind);
      }
      Class<?> permitted = kinds.get(kind.textValue());
      if (permitted == null) {
        throw new Failure(
            at,
            "unknown kind '"
                + kind.textValue()
                + "' of "
                + describeType()
                + "; one of "
                + kinds.keySet());
      }
      return of(permitted)
          .readFields(
              node, path, ImmutableSet.<String>builder().addAll(alsoAllowed).add(KIND).build());
    }

    @Override
    String describeType() {
      return article(type.getSimpleName());
    }
  }

  /** The standard process catalogue (DOMAIN D1.6): its cards, read back through its factory. */
  final class ProcessCatalogueCodec extends ObjectCodec {
    private static final String CARDS = "cards";
    private final Codec cards = new ListCodec(codec(ProcessCard.class));

    @Override
    ObjectNode encode(Object value, String path) {
      ObjectNode node = NODES.objectNode();
      node.set(CARDS, cards.encode(((ProcessCatalogue) value).cards(), field(path, CARDS)));
      return node;
    }

    @Override
    @SuppressWarnings("unchecked") // the list codec read ProcessCards
    Object readFields(ObjectNode node, String path, Set<String> alsoAllowed) {
      checkFields(node, path, List.of(CARDS), alsoAllowed);
      List<ProcessCard> read =
          (List<ProcessCard>) cards.decode(node.get(CARDS), field(path, CARDS));
      try {
        return ProcessCatalogue.of(read);
      } catch (RuntimeException e) {
        throw refused(path, ProcessCatalogue.class, e);
      }
    }

    @Override
    String describeType() {
      return article("ProcessCatalogue");
    }
  }

  /**
   * Upcasts a stored document of a type (an event's or a snapshot's) from its stored schema version
   * to the current one, one registered step at a time; a missing step is refused, named.
   *
   * @param label the stored type and version, as a failure names it
   */
  private ObjectNode upcast(
      ObjectNode node, String path, String name, int stored, int current, String label) {
    ObjectNode document = node;
    for (int version = stored; version < current; version++) {
      Upcaster step = upcasters.getOrDefault(name, ImmutableMap.of()).get(version);
      if (step == null) {
        throw new Failure(
            field(path, SCHEMA_VERSION),
            "no upcaster reads "
                + name
                + " v"
                + version
                + " into v"
                + (version + 1)
                + ": register one on the module",
            null,
            label);
      }
      ObjectNode next = step.upcast(document.deepCopy());
      if (next == null) {
        throw new IllegalStateException(step + " returned no document");
      }
      next.put(TYPE, name);
      next.put(SCHEMA_VERSION, version + 1);
      document = next;
    }
    return document;
  }

  /**
   * An event: its stored type name and schema version, then its components. Reading picks the class
   * through the catalogue, and upcasts an older schema version one step at a time.
   */
  final class EventCodec extends ObjectCodec {
    private final Class<? extends DomainEvent> requested;

    EventCodec(Class<? extends DomainEvent> requested) {
      this.requested = requested;
      if (requested.isRecord()) {
        RecordCodec record = record(requested);
        if (record.names().contains(TYPE) || record.names().contains(SCHEMA_VERSION)) {
          throw unsupported(requested, "a component is named " + TYPE + " or " + SCHEMA_VERSION);
        }
      }
    }

    private RecordCodec record(Class<?> event) {
      return new RecordCodec(event);
    }

    private final Map<Class<?>, RecordCodec> records = new HashMap<>();

    private synchronized RecordCodec recordOf(Class<?> event) {
      RecordCodec codec = records.get(event);
      if (codec == null) {
        codec = record(event);
        records.put(event, codec);
      }
      return codec;
    }

    @Override
    ObjectNode encode(Object value, String path) {
      DomainEvent event = (DomainEvent) value;
      EventCatalogue.Entry entry =
          catalogue
              .entry(event.getClass())
              .orElseThrow(
                  () ->
                      new Failure(
                          path,
                          event.getClass().getName() + " is not in the module's event catalogue",
                          null,
                          event.type().toString()));
      ObjectNode node = NODES.objectNode();
      node.put(TYPE, entry.type().name());
      node.put(SCHEMA_VERSION, entry.type().schemaVersion());
      try {
        node.setAll(recordOf(event.getClass()).encode(event, path));
      } catch (Failure f) {
        throw f.in(entry.type().toString());
      }
      return node;
    }

    @Override
    Object readFields(ObjectNode node, String path, Set<String> alsoAllowed) {
      JsonNode typeNode = node.get(TYPE);
      if (typeNode == null) {
        throw new Failure(
            field(path, TYPE),
            "missing required field '" + TYPE + "': the event's stored type name");
      }
      if (!typeNode.isTextual()) {
        throw expected(field(path, TYPE), "an event's stored type name as a string", typeNode);
      }
      String name = typeNode.textValue();
      EventCatalogue.Entry entry =
          catalogue
              .entry(name)
              .orElseThrow(
                  () ->
                      new Failure(
                          field(path, TYPE),
                          "unknown event type '" + name + "': it is not in the event catalogue",
                          null,
                          name));
      if (!requested.isAssignableFrom(entry.eventClass())) {
        throw new Failure(
            field(path, TYPE),
            "a " + name + " event is not " + describeType(),
            null,
            entry.type().toString());
      }
      int current = entry.type().schemaVersion();
      JsonNode versionNode = node.get(SCHEMA_VERSION);
      if (versionNode == null) {
        throw new Failure(
            field(path, SCHEMA_VERSION),
            "missing required field '" + SCHEMA_VERSION + "': the event's schema version",
            null,
            name);
      }
      if (!versionNode.isIntegralNumber() || !versionNode.canConvertToInt()) {
        throw expected(field(path, SCHEMA_VERSION), "a schema version, a whole number", versionNode)
            .in(name);
      }
      int stored = versionNode.intValue();
      if (stored < 1 || stored > current) {
        throw new Failure(
            field(path, SCHEMA_VERSION),
            "unknown schema version "
                + stored
                + " of "
                + name
                + ": this library reads versions 1 to "
                + current,
            null,
            name + " v" + stored);
      }
      ObjectNode document = upcast(node, path, name, stored, current, name + " v" + stored);
      String typeName = entry.type().toString();
      try {
        return recordOf(entry.eventClass())
            .readFields(
                document,
                path,
                ImmutableSet.<String>builder()
                    .addAll(alsoAllowed)
                    .add(TYPE, SCHEMA_VERSION)
                    .build());
      } catch (Failure f) {
        throw f.in(stored == current ? typeName : name + " v" + stored + " (as " + typeName + ")");
      }
    }

    @Override
    String describeType() {
      return requested == DomainEvent.class ? "an event" : article(requested.getSimpleName());
    }
  }

  /**
   * {@return how a failure names a snapshot type at a schema version: {@code snapshot contract v1}}
   */
  static String snapshotLabel(String type, int schemaVersion) {
    return "snapshot " + type + " v" + schemaVersion;
  }

  /**
   * An aggregate's snapshot: its stored snapshot type name and schema version (from the {@link
   * SnapshotCatalogue}), then its attributes by name, read back through the builder of the
   * aggregate's public static {@code restore()}, whose {@code build()} checks every invariant.
   * Reading picks the aggregate through the catalogue and upcasts an older schema version one step
   * at a time, as an event's. An aggregate the module cannot restore is refused where it is first
   * written or read.
   */
  final class SnapshotCodec extends ObjectCodec {
    private final Class<?> requested;
    private final Map<Class<?>, ValueCodec> values = new HashMap<>();

    SnapshotCodec(Class<?> requested) {
      this.requested = requested;
      if (!requested.isInterface()) {
        ValueCodec unused = valueOf(requested); // refuses what it cannot restore, at first use
      }
    }

    private SnapshotCatalogue.Entry entryOf(Class<?> aggregate) {
      return snapshots
          .entry(aggregate)
          .orElseThrow(
              () ->
                  unsupported(
                      aggregate,
                      "an aggregate that is not in the module's snapshot catalogue " + snapshots));
    }

    private ValueCodec valueOf(Class<?> aggregate) {
      synchronized (Codecs.this) {
        ValueCodec codec = values.get(aggregate);
        if (codec == null) {
          SnapshotCatalogue.Entry entry = entryOf(aggregate);
          Method restore =
              SnapshotCatalogue.restore(aggregate)
                  .orElseThrow(
                      () ->
                          unsupported(
                              aggregate,
                              "an aggregate without a public static restore(), so its snapshot ("
                                  + snapshotLabel(entry.type(), entry.schemaVersion())
                                  + ") cannot be built from its parts: store its events and"
                                  + " replay them"));
          codec = ValueCodec.withRestore(Codecs.this, aggregate, restore);
          if (codec.names().contains(TYPE) || codec.names().contains(SCHEMA_VERSION)) {
            throw unsupported(aggregate, "an attribute is named " + TYPE + " or " + SCHEMA_VERSION);
          }
          values.put(aggregate, codec);
        }
        return codec;
      }
    }

    @Override
    ObjectNode encode(Object value, String path) {
      Class<?> aggregate = publicType(value.getClass());
      ValueCodec codec = valueOf(aggregate);
      SnapshotCatalogue.Entry entry = entryOf(aggregate);
      ObjectNode node = NODES.objectNode();
      node.put(TYPE, entry.type());
      node.put(SCHEMA_VERSION, entry.schemaVersion());
      try {
        node.setAll(codec.encode(value, path));
      } catch (Failure f) {
        throw f.in(snapshotLabel(entry.type(), entry.schemaVersion()));
      }
      return node;
    }

    @Override
    Object readFields(ObjectNode node, String path, Set<String> alsoAllowed) {
      JsonNode typeNode = node.get(TYPE);
      if (typeNode == null) {
        throw new Failure(
            field(path, TYPE),
            "missing required field '" + TYPE + "': the snapshot's stored type name");
      }
      if (!typeNode.isTextual()) {
        throw expected(field(path, TYPE), "a snapshot's stored type name as a string", typeNode);
      }
      String name = typeNode.textValue();
      SnapshotCatalogue.Entry entry =
          snapshots
              .entry(name)
              .orElseThrow(
                  () ->
                      new Failure(
                          field(path, TYPE),
                          "unknown snapshot type '"
                              + name
                              + "': it is not in the snapshot catalogue "
                              + snapshots,
                          null,
                          "snapshot " + name));
      int current = entry.schemaVersion();
      String currentLabel = snapshotLabel(name, current);
      if (!requested.isAssignableFrom(entry.aggregateClass())) {
        throw new Failure(
            field(path, TYPE),
            "a " + name + " snapshot is not " + describeType(),
            null,
            currentLabel);
      }
      JsonNode versionNode = node.get(SCHEMA_VERSION);
      if (versionNode == null) {
        throw new Failure(
            field(path, SCHEMA_VERSION),
            "missing required field '" + SCHEMA_VERSION + "': the snapshot's schema version",
            null,
            "snapshot " + name);
      }
      if (!versionNode.isIntegralNumber() || !versionNode.canConvertToInt()) {
        throw expected(field(path, SCHEMA_VERSION), "a schema version, a whole number", versionNode)
            .in("snapshot " + name);
      }
      int stored = versionNode.intValue();
      String storedLabel = "snapshot " + name + " v" + stored;
      if (stored < 1 || stored > current) {
        throw new Failure(
            field(path, SCHEMA_VERSION),
            "unknown schema version "
                + stored
                + " of snapshot "
                + name
                + ": this library reads versions 1 to "
                + current,
            null,
            storedLabel);
      }
      ValueCodec codec;
      try {
        codec = valueOf(entry.aggregateClass());
      } catch (IllegalArgumentException e) {
        throw new Failure(field(path, TYPE), String.valueOf(e.getMessage()), e, currentLabel);
      }
      ObjectNode document = upcast(node, path, name, stored, current, storedLabel);
      try {
        return codec.readFields(
            document,
            path,
            ImmutableSet.<String>builder().addAll(alsoAllowed).add(TYPE, SCHEMA_VERSION).build());
      } catch (Failure f) {
        throw f.in(stored == current ? currentLabel : storedLabel + " (as " + currentLabel + ")");
      }
    }

    @Override
    String describeType() {
      return requested.isInterface()
          ? "an aggregate snapshot"
          : article(requested.getSimpleName()) + " snapshot";
    }
  }
}
