package org.leadtocash.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.opportunity.ProjectEstimate;
import org.leadtocash.domain.opportunity.Ruling;
import org.leadtocash.domain.relationship.KeyRelationshipAssessment;
import org.leadtocash.planning.relationship.HeldMonitoring;
import org.leadtocash.testkit.defaults.LeadToCashArbitraries;
import org.opentest4j.AssertionFailedError;

/**
 * Time only moves forward inside every aggregate of the library (DESIGN §2; DOMAIN D1.2, D2.4,
 * D3.1, D5.1, D6.3, D7.4, D8.2, D10.1, D11.10): random chains of each aggregate's own commands,
 * interleaved with
 *
 * <ul>
 *   <li>every public command of the aggregate — found by reflection, so a new command is covered
 *       without a line here — dated from a nanosecond to eleven years before the latest event, with
 *       arguments from the kit's default arbitraries: each is refused with a domain exception
 *       naming the aggregate's time-order rule, and changes nothing;
 *   <li>every public command that carries a business date, as a parameter or inside a value it
 *       takes (a ruling's date, an estimate's, an assessment's, held monitoring's), with that date
 *       before the window in which every generated aggregate was created — before the aggregate's
 *       own dates in every time zone — and the command itself dated after the latest event: each is
 *       refused, naming the date (but for the few dates DOMAIN lets precede the aggregate, listed
 *       with their reason);
 * </ul>
 *
 * and after every step the aggregate's {@code lastEventAt()} is its latest event's instant, which
 * never decreases along the chain, and replaying the chain's events gives the same aggregate.
 *
 * <p>The aggregates are the kit catalogue's, checked complete against every class of the library
 * with a public static {@code replay(List)}: a new aggregate without a model fails.
 */
class TimeOrderProperties {

  private static final ArbitraryCatalogue CATALOGUE = LeadToCashArbitraries.catalogue();
  private static final Settings SETTINGS = Settings.standard();

  /**
   * The business dates that DOMAIN lets precede the aggregate's own dates, each with the reason:
   * {@code Class.method#parameter} (from 1). None today: a gate's plan (D3.1) and a customer's
   * grading and review (D6.3) are refused before the aggregate's creation like every other business
   * date of a command.
   */
  private static final Map<String, String> EARLIER_DATES_ALLOWED = Map.of();

  /**
   * The values a command takes that carry a business date of the aggregate, each with how to move
   * that date: the property dates them before the aggregate's creation, as it does a command's own
   * dates (DOMAIN D3.1, D7.4, D10.1).
   */
  private static final Map<Class<?>, BiFunction<Object, LocalDate, Object>> DATED_VALUES =
      Map.of(
          Ruling.class,
          (value, date) -> Ruling.builder().from((Ruling) value).decidedOn(date).build(),
          ProjectEstimate.class,
          (value, date) ->
              ProjectEstimate.builder().from((ProjectEstimate) value).preparedOn(date).build(),
          KeyRelationshipAssessment.class,
          (value, date) ->
              KeyRelationshipAssessment.builder()
                  .from((KeyRelationshipAssessment) value)
                  .assessedOn(date)
                  .build(),
          HeldMonitoring.class,
          (value, date) -> {
            HeldMonitoring held = (HeldMonitoring) value;
            return new HeldMonitoring(held.activity(), date, held.by(), held.findings());
          });

  /**
   * The values with a business date that a command takes and the property leaves as they are, each
   * with the reason.
   */
  private static final Map<Class<?>, String> VALUE_DATES_ALLOWED =
      Map.of(
          GradeAttestation.class,
          "the customer's grading, which its customer attests: its date is the customer's, which"
              + " may precede the aggregate that takes it (DOMAIN D6.2)");

  /** The most commands of a chain: short chains, as the property runs over every aggregate. */
  private static final int CHAIN = 12;

  /**
   * {@return the library's aggregates: its public classes with a public static {@code
   * replay(List)}}
   */
  static Set<String> aggregatesOfTheLibrary() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(
                "org.leadtocash.domain", "org.leadtocash.metrics", "org.leadtocash.planning")
            .stream()
            .map(JavaClass::reflect)
            .filter(c -> Modifier.isPublic(c.getModifiers()))
            .filter(TimeOrderProperties::hasReplay)
            .map(Class::getName)
            .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean hasReplay(Class<?> type) {
    try {
      Method replay = type.getMethod("replay", List.class);
      return Modifier.isStatic(replay.getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  @Test
  @DisplayName(
      "every aggregate of the library has a model in the kit, which names its time-order rule")
  void everyAggregateIsModelled() {
    Set<String> library = aggregatesOfTheLibrary();
    assertTrue(library.size() >= 9, "the scan finds the library's aggregates: " + library);
    Set<String> modelled =
        CATALOGUE.aggregates().stream()
            .map(Class::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(library, modelled, "the aggregates with a replay(List) and those with a model");
    for (Class<?> aggregate : CATALOGUE.aggregates()) {
      AggregateModel<?, ?> model = CATALOGUE.model(aggregate, SETTINGS);
      assertTrue(
          model.timeOrder().isPresent(), "the model of " + aggregate + " names its time rule");
      assertTrue(
          !commands(aggregate).isEmpty(), aggregate + " has commands that take their instant");
    }
  }

  @Test
  @DisplayName("the commands found by reflection include each aggregate's known commands")
  void commandsAreFound() {
    List<String> contract =
        commands(org.leadtocash.domain.contract.Contract.class).stream()
            .map(Method::getName)
            .toList();
    assertTrue(
        contract.containsAll(
            List.of("sign", "register", "issueInvoice", "confirmInvoice", "receivePayment")),
        contract.toString());
    List<String> cycle =
        commands(org.leadtocash.planning.cycle.PlanningCycle.class).stream()
            .map(Method::getName)
            .toList();
    assertTrue(cycle.contains("reviewAccount"), cycle.toString());
  }

  @Test
  @DisplayName("each business date allowed before the aggregate's own is a date of a command")
  void allowedEarlierDatesExist() {
    Set<String> dates = new TreeSet<>();
    for (Class<?> aggregate : CATALOGUE.aggregates()) {
      for (Method command : commands(aggregate)) {
        dateParameters(command).forEach(p -> dates.add(key(command, p)));
      }
    }
    assertTrue(dates.containsAll(EARLIER_DATES_ALLOWED.keySet()), dates.toString());
    assertTrue(dates.size() > EARLIER_DATES_ALLOWED.size(), dates.toString());
  }

  @Test
  @DisplayName(
      "every value with a business date that a command takes is dated before the aggregate, or"
          + " listed with the reason it is not")
  void datedValuesAreCovered() {
    Set<String> found = new TreeSet<>();
    for (Class<?> aggregate : CATALOGUE.aggregates()) {
      for (Method command : commands(aggregate)) {
        for (Type type : command.getGenericParameterTypes()) {
          if (type instanceof Class<?> value && carriesADate(value)) {
            found.add(value.getName());
          }
        }
      }
    }
    Set<String> listed = new TreeSet<>();
    DATED_VALUES.keySet().forEach(c -> listed.add(c.getName()));
    VALUE_DATES_ALLOWED.keySet().forEach(c -> listed.add(c.getName()));
    assertEquals(listed, found, "the values with a business date that commands take");
  }

  private static boolean carriesADate(Class<?> type) {
    return !type.isPrimitive()
        && !type.getName().startsWith("java.")
        && Arrays.stream(type.getMethods())
            .anyMatch(
                m ->
                    !Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() == 0
                        && m.getReturnType() == LocalDate.class);
  }

  private static String key(Method command, int parameter) {
    return command.getDeclaringClass().getSimpleName()
        + "."
        + command.getName()
        + "#"
        + (parameter + 1);
  }

  /** {@return chains of every aggregate's commands with backdated ones interleaved} */
  @Provide
  Arbitrary<ActionChain<CommandLog<?, ?>>> chains() {
    List<Class<?>> aggregates =
        CATALOGUE.aggregates().stream().sorted(Comparator.comparing(Class::getName)).toList();
    return Arbitraries.of(aggregates).flatMap(type -> chainsOf(CATALOGUE.model(type, SETTINGS)));
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // the chain of one aggregate, among all aggregates'
  private static Arbitrary<ActionChain<CommandLog<?, ?>>> chainsOf(AggregateModel<?, ?> model) {
    return (Arbitrary) typedChains(model);
  }

  private static <A extends Aggregate<?, E>, E extends DomainEvent>
      Arbitrary<ActionChain<CommandLog<A, E>>> typedChains(AggregateModel<A, E> model) {
    RuleId rule =
        model
            .timeOrder()
            .orElseThrow(() -> new AssertionFailedError(model + " names no time-order rule"));
    List<Arbitrary<Command<A, E>>> others = new ArrayList<>();
    for (Method command : commands(model.type())) {
      others.add(backdated(command, rule));
      for (int parameter : dateParameters(command)) {
        if (!EARLIER_DATES_ALLOWED.containsKey(key(command, parameter))) {
          others.add(datedBeforeTheAggregate(command, parameter, (value, date) -> date));
        }
      }
      Class<?>[] types = command.getParameterTypes();
      for (int parameter = 0; parameter < types.length; parameter++) {
        BiFunction<Object, LocalDate, Object> move = DATED_VALUES.get(types[parameter]);
        if (move != null) {
          others.add(datedBeforeTheAggregate(command, parameter, move));
        }
      }
    }
    return model.chainsWith(Arbitraries.oneOf(others), 1, CHAIN);
  }

  @Property
  void timeOnlyMovesForward(@ForAll("chains") ActionChain<CommandLog<?, ?>> chain) {
    CommandLog<?, ?> log = chain.withInvariant("time only moves forward", this::checkTime).run();
    checkReplay(log);
    Statistics.label("aggregate")
        .collect(log.state().getClass().getSimpleName().replace("Immutable", ""));
    Statistics.label("refused").collect(log.refused() > 0);
  }

  private void checkTime(CommandLog<?, ?> log) {
    List<? extends DomainEvent> events = log.events();
    for (int i = 1; i < events.size(); i++) {
      Check.that(
          !events.get(i).occurredAt().isBefore(events.get(i - 1).occurredAt()),
          "the events never go back in time: " + events.get(i) + " after " + events.get(i - 1));
    }
    Check.equal(
        log.latestEventAt(),
        log.state().lastEventAt(),
        "lastEventAt() is the latest event's instant");
  }

  private static <A extends Aggregate<?, E>, E extends DomainEvent> void checkReplay(
      CommandLog<A, E> log) {
    Class<?> type =
        CATALOGUE.aggregates().stream()
            .filter(t -> t.isInstance(log.state()))
            .findFirst()
            .orElseThrow(() -> new AssertionFailedError("no model of " + log.state().getClass()));
    AggregateModel<?, ?> model = CATALOGUE.model(type, SETTINGS);
    @SuppressWarnings("unchecked") // the catalogue's model of the log's aggregate type
    AggregateModel<A, E> typed = (AggregateModel<A, E>) model;
    Check.equal(log.state(), typed.replay(log.events()), "replaying the events");
  }

  // ---------------------------------------------------------------- commands

  /**
   * {@return the aggregate's public commands: its public instance methods that return a {@link
   * Transition} and take the instant they happen as their last parameter}
   */
  static List<Method> commands(Class<?> aggregate) {
    return Arrays.stream(aggregate.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getReturnType() == Transition.class)
        .filter(
            m ->
                m.getParameterCount() > 0
                    && m.getParameterTypes()[m.getParameterCount() - 1] == Instant.class)
        .sorted(Comparator.comparing(Method::toGenericString))
        .toList();
  }

  private static List<Integer> dateParameters(Method command) {
    List<Integer> dates = new ArrayList<>();
    Class<?>[] types = command.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (types[i] == LocalDate.class) {
        dates.add(i);
      }
    }
    return dates;
  }

  /**
   * The command dated from a nanosecond to eleven years before the latest event, with arguments
   * from the kit: refused, naming the time-order rule.
   */
  private static <A extends Aggregate<?, E>, E extends DomainEvent>
      Arbitrary<Command<A, E>> backdated(Method command, RuleId rule) {
    Arbitrary<Duration> earlier =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(Duration.ofNanos(1))),
            Tuple.of(2, Arbitraries.integers().between(1, 3_600).map(Duration::ofSeconds)),
            Tuple.of(4, Arbitraries.integers().between(1, 240).map(Duration::ofHours)),
            Tuple.of(2, Arbitraries.integers().between(1, 4_000).map(Duration::ofDays)));
    return Combinators.combine(arguments(command, true), earlier)
        .as(
            (arguments, by) -> {
              String description =
                  command.getName() + " " + by + " before the latest event " + arguments;
              return Command.refused(
                  description,
                  (A state) -> {
                    Object[] sent = arguments.toArray();
                    sent[sent.length - 1] = state.lastEventAt().minus(by);
                    try {
                      return send(command, state, sent);
                    } catch (DomainException refusal) {
                      Check.equal(
                          rule,
                          refusal.rule(),
                          "a command dated before the latest event is refused for its time: "
                              + description
                              + ": "
                              + refusal.getMessage());
                      throw refusal;
                    }
                  });
            });
  }

  /**
   * The command some hours after the latest event, with one business date — a date parameter, or
   * the date of a value it takes — before the window in which every generated aggregate is created,
   * so before the aggregate's own dates in every time zone, and its other dates on the command's
   * day: refused, naming that date.
   *
   * @param move the parameter's value with the date moved to the given one
   */
  private static <A extends Aggregate<?, E>, E extends DomainEvent>
      Arbitrary<Command<A, E>> datedBeforeTheAggregate(
          Method command, int parameter, BiFunction<Object, LocalDate, Object> move) {
    LocalDate created = BusinessDate.earliestDateOf(SETTINGS.start());
    return Combinators.combine(
            arguments(command, false),
            Arbitraries.integers().between(1, 4_000),
            Arbitraries.integers().between(0, 72))
        .as(
            (arguments, days, hours) -> {
              LocalDate date = created.minusDays(days);
              String description =
                  command.getName()
                      + " with parameter "
                      + (parameter + 1)
                      + " on "
                      + date
                      + ", +"
                      + hours
                      + "h "
                      + arguments;
              return Command.refused(
                  description,
                  (A state) -> {
                    Object[] sent = arguments.toArray();
                    Instant at = Generators.later(SETTINGS, state.lastEventAt(), hours);
                    for (int i = 0; i < sent.length; i++) {
                      if (sent[i] instanceof LocalDate) {
                        sent[i] = SETTINGS.dateOf(at);
                      }
                    }
                    sent[parameter] = move.apply(sent[parameter], date);
                    sent[sent.length - 1] = at;
                    try {
                      return send(command, state, sent);
                    } catch (DomainException refusal) {
                      Check.that(
                          refusal.getMessage().contains(date.toString()),
                          "a business date before the aggregate's own dates is refused, naming"
                              + " it: "
                              + description
                              + ": "
                              + refusal.getMessage());
                      throw refusal;
                    }
                  });
            });
  }

  @SuppressWarnings("unchecked") // a command returns its aggregate's transition
  private static <A, E extends DomainEvent> Transition<A, E> send(
      Method command, A state, Object[] arguments) {
    try {
      return (Transition<A, E>) command.invoke(state, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof DomainException refusal) {
        throw refusal;
      }
      throw new AssertionFailedError(
          command.getName() + " threw " + e.getCause() + " rather than a domain exception",
          e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  // ---------------------------------------------------------------- arguments

  /**
   * Returns the command's arguments from the kit; the last, its instant, is set when sent.
   *
   * @param blanks whether a text may be blank, which a command refuses as a bad argument: so only
   *     where the instant is refused first, whatever the arguments
   */
  private static Arbitrary<List<Object>> arguments(Method command, boolean blanks) {
    Type[] types = command.getGenericParameterTypes();
    List<Arbitrary<Object>> each = new ArrayList<>();
    for (int i = 0; i < types.length - 1; i++) {
      each.add(
          types[i] == String.class && !blanks
              ? Arbitraries.just("approved by the board")
              : argument(command, types[i]));
    }
    each.add(Arbitraries.just(SETTINGS.start()));
    return Generators.each(each);
  }

  @SuppressWarnings("unchecked") // every arbitrary generates values of the parameter's type
  private static Arbitrary<Object> argument(Method command, Type type) {
    if (type instanceof ParameterizedType generic) {
      Type raw = generic.getRawType();
      Type element = generic.getActualTypeArguments()[0];
      if (raw == List.class) {
        return argument(command, element).list().ofMaxSize(2).map(l -> (Object) l);
      }
      if (raw == java.util.Optional.class) {
        return argument(command, element).optional().map(o -> (Object) o);
      }
      throw new AssertionFailedError("no arbitrary for " + type + " of " + command);
    }
    Class<?> c = (Class<?>) type;
    if (c == LocalDate.class) {
      return Arbitraries.integers()
          .between(0, 700)
          .map(n -> (Object) SETTINGS.dateOf(SETTINGS.start()).plusDays(n));
    }
    if (c == boolean.class || c == Boolean.class) {
      return Arbitraries.of(true, false).map(b -> (Object) b);
    }
    if (c == int.class || c == Integer.class) {
      return Arbitraries.integers().between(0, 10).map(n -> (Object) n);
    }
    if (c == String.class) {
      return Arbitraries.of("approved by the board", " ").map(s -> (Object) s);
    }
    if (c.isEnum()) {
      return Arbitraries.of((Object[]) c.getEnumConstants());
    }
    if (c.isInterface()) {
      try {
        Method standard = c.getMethod("standard");
        if (Modifier.isStatic(standard.getModifiers())) {
          return Arbitraries.just(standard.invoke(null));
        }
      } catch (NoSuchMethodException e) {
        // not a policy with a default: the catalogue may have it
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    if (CATALOGUE.covers(c, List.of())) {
      return (Arbitrary<Object>) CATALOGUE.arbitrary(c, SETTINGS);
    }
    // a sealed family, such as a process change: the values of its implementations in the kit
    List<Arbitrary<Object>> implementations =
        CATALOGUE.types().stream()
            .filter(t -> c.isAssignableFrom(t) && !t.equals(c))
            .filter(t -> t.getTypeParameters().length == 0)
            .sorted(Comparator.comparing(Class::getName))
            .map(t -> (Arbitrary<Object>) CATALOGUE.arbitrary(t, SETTINGS))
            .toList();
    if (!implementations.isEmpty()) {
      return Arbitraries.oneOf(implementations);
    }
    throw new AssertionFailedError("no arbitrary for " + c.getName() + " of " + command);
  }
}
