package org.leadtocash.domain.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.constructor;
import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.originOwner;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameContaining;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;
import static com.tngtech.archunit.lang.conditions.ArchConditions.accessField;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callCodeUnitWhere;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethod;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethodWhere;
import static com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.is;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Clock;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.ThreadFactory;
import java.util.stream.BaseStream;
import org.leadtocash.domain.common.DomainException;

/**
 * The architecture rules of DESIGN §4, shared by every library module ({@code ltc-domain}, {@code
 * ltc-metrics}, {@code ltc-planning}).
 *
 * <p>The rules only name the root package {@value #ROOT}; each module runs all of them over its own
 * main classes with an {@code ArchitectureTest} annotated {@code @AnalyzeClasses(packages =
 * "org.leadtocash.<module>", importOptions = ImportOption.DoNotIncludeTests.class)} that holds
 * {@code @ArchTest static final ArchTests rules = ArchTests.in(LibraryRules.class)}. {@code
 * ltc-domain} publishes this class in its test-jar for the other modules. {@link LibraryRulesTest}
 * proves that every rule reports a deliberately bad fixture.
 *
 * <p>Decisions behind the rules:
 *
 * <ul>
 *   <li>{@code java.io}: the serialization contract types {@link Serializable}, {@link Serial},
 *       {@link ObjectStreamException} and {@link InvalidObjectException} are allowed (every
 *       exception is {@code Serializable}; they perform no I/O). Everything else in {@code java.io}
 *       is refused, {@code IOException} and {@code UncheckedIOException} included: a library that
 *       does no I/O has no I/O failure to declare, catch or wrap.
 *   <li>Static state: Immutables generates no non-final static field (checked on the generated
 *       sources), so no generated class is excluded. Compiler-generated synthetic fields (an enum's
 *       {@code $VALUES}, a switch map) are final, and the rule about mutable static contents skips
 *       synthetic fields.
 *   <li>Exceptions: every {@link Throwable} declared in the library (not only {@link
 *       RuntimeException}s) is a {@link DomainException}, the one root of all library modules;
 *       caller mistakes use the JDK's {@code NullPointerException} and {@code
 *       IllegalArgumentException} directly. There is no documented exception to this rule today.
 *   <li>Package cycles are checked between every pair of packages, nested ones included.
 * </ul>
 */
public final class LibraryRules {

  /** The root package of every leadtocash module. */
  public static final String ROOT = "org.leadtocash";

  private static final String NO_IO =
      "DESIGN §4: the library does no I/O; host applications bring persistence, transport and UI";

  /**
   * No file, stream or process I/O: {@code java.io} (except the serialization markers), {@code
   * java.nio.file}, {@code java.nio.channels}, {@code Process*}.
   */
  @ArchTest
  public static final ArchRule NO_FILE_STREAM_OR_PROCESS_IO =
      noClasses().should().dependOnClassesThat(fileStreamOrProcessIo()).because(NO_IO);

  /**
   * No network or database access: {@code java.net}, {@code javax.net}, {@code java.sql}, {@code
   * javax.sql}.
   */
  @ArchTest
  public static final ArchRule NO_NETWORK_OR_DATABASE_ACCESS =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net..", "javax.net..", "java.sql..", "javax.sql..")
          .because(NO_IO);

  /**
   * No threads, thread-locals, executors, fork-join tasks, {@code CompletableFuture}, timers or
   * parallel streams.
   */
  @ArchTest
  public static final ArchRule NO_THREADS_OR_EXECUTORS =
      noClasses()
          .should(startThreadsExecutorsOrParallelStreams())
          .because(
              "DESIGN §4: the library is single-threaded and side-effect free; the host decides how"
                  + " to run it concurrently");

  /**
   * No {@code System.out}, {@code System.err}, {@code System.in}, {@code System.console()} or
   * {@code printStackTrace()}.
   */
  @ArchTest
  public static final ArchRule NO_CONSOLE_ACCESS =
      noClasses()
          .should(useTheConsole())
          .because("DESIGN §4: the library prints nothing; it returns values and logs via SLF4J");

  /** No {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}. */
  @ArchTest
  public static final ArchRule NO_JVM_EXIT =
      noClasses()
          .should(
              callMethod(System.class, "exit", int.class)
                  .or(callMethod(Runtime.class, "exit", int.class))
                  .or(callMethod(Runtime.class, "halt", int.class))
                  .as("stop the JVM"))
          .because("DESIGN §4: an embedded library never ends its host's process");

  /**
   * No clock read without a {@code Clock} argument: no {@code now()} or {@code now(ZoneId)} of a
   * {@code java.time} or threeten-extra type, no {@code Clock.system*()}, {@code
   * InstantSource.system()}, {@code System.currentTimeMillis()}, {@code System.nanoTime()}, {@code
   * new Date()} or {@code Calendar.getInstance()}.
   */
  @ArchTest
  public static final ArchRule NO_CLOCK_READS =
      noClasses()
          .should(callCodeUnitWhere(clockRead()).as("read the system clock"))
          .because(
              "DESIGN §4: every command takes the Instant or LocalDate it happens at (or a Clock),"
                  + " so results are reproducible");

  /**
   * No reflection: {@code java.lang.reflect} (so no {@code setAccessible}), {@code Class.forName}
   * and the {@code Class} member look-ups, {@code MethodHandles}, {@code VarHandle}, {@code
   * sun.misc.Unsafe}, {@code jdk.internal}.
   */
  @ArchTest
  public static final ArchRule NO_REFLECTION_HACKS =
      noClasses()
          .should(useReflection())
          .because(
              "DESIGN §4: no reflection hacks; the library's behaviour is visible in its source");

  /** No static mutable state, part 1: every static field is final. */
  @ArchTest
  public static final ArchRule STATIC_FIELDS_ARE_FINAL =
      fields()
          .that()
          .areStatic()
          .should()
          .beFinal()
          .because("DESIGN §4: no static mutable state; two hosts in one JVM must not interfere");

  /**
   * No static mutable state, part 2: no static field is declared as an array or a mutable JDK
   * container (compiler-made synthetic fields aside). It sees declared types only: a {@code List}
   * constant must be built with {@code List.of} or {@code ImmutableList}.
   */
  @ArchTest
  public static final ArchRule STATIC_FIELDS_HOLD_NO_MUTABLE_CONTAINERS =
      noFields()
          .that()
          .areStatic()
          .and()
          .doNotHaveModifier(JavaModifier.SYNTHETIC)
          .should()
          .haveRawType(mutableContainer())
          .because(
              "DESIGN §4: no static mutable state; a final field holding an array or mutable"
                  + " collection is shared mutable state too");

  /** Public value types are immutable, part 1: no public non-final field. */
  @ArchTest
  public static final ArchRule PUBLIC_FIELDS_ARE_FINAL =
      fields()
          .that()
          .arePublic()
          .should()
          .beFinal()
          .because("DESIGN §4: public value types are immutable (no public non-final fields)");

  /**
   * Public value types are immutable, part 2: no public method named {@code set} or {@code setX}.
   */
  @ArchTest
  public static final ArchRule NO_PUBLIC_SETTERS =
      noMethods()
          .that()
          .arePublic()
          .should()
          .haveNameMatching("set([A-Z0-9_].*)?")
          .because(
              "DESIGN §4: public value types are immutable (no setters); changes return new"
                  + " values");

  /** Every throwable declared in the library belongs to the {@link DomainException} family. */
  @ArchTest
  public static final ArchRule EXCEPTIONS_ARE_DOMAIN_EXCEPTIONS =
      classes()
          .that()
          .resideInAPackage(ROOT + "..")
          .and()
          .areAssignableTo(Throwable.class)
          .should()
          .beAssignableTo(DomainException.class)
          .because(
              "DESIGN §4: domain exceptions extend the root exception, so a host catches one type"
                  + " and reads the DOMAIN rule id from it");

  /**
   * Nobody creates {@code Throwable}, {@code Exception}, {@code RuntimeException} or {@code Error}
   * itself (a subclass's {@code super(...)} call is allowed).
   */
  @ArchTest
  public static final ArchRule NO_GENERIC_EXCEPTIONS =
      noClasses()
          .should(throwGenericExceptions())
          .because(
              "DESIGN §4 and §6: no 'throw new RuntimeException'; broken rules throw the"
                  + " DomainException family, caller mistakes NullPointerException or"
                  + " IllegalArgumentException");

  /** No logging back-end (slf4j-simple, Logback, Log4j) and no logging API but SLF4J's. */
  @ArchTest
  public static final ArchRule NO_LOGGING_BACKEND =
      noClasses()
          .should()
          .dependOnClassesThat(loggingOtherThanTheSlf4jApi())
          .because(
              "DESIGN §4: the library logs through the SLF4J API only; the host chooses the"
                  + " logging back-end");

  /**
   * Personal data is never logged (DOMAIN D7.8): no class that holds personal data — a personal
   * profile, an executive's profile, a key person, a relationship card or a key date, as itself (or
   * a subclass, such as a generated {@code Immutable*}), in a field, or in a field of a leadtocash
   * type that holds one, at any depth — uses SLF4J. Such a class has nothing to log that a host may
   * see; what it decides is logged, if at all, by a class that holds only ids.
   */
  @ArchTest
  public static final ArchRule PERSONAL_DATA_IS_NEVER_LOGGED =
      noClasses()
          .that(holdPersonalData())
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.slf4j..")
          .because(
              "DESIGN §2 and DOMAIN D7.8: personal profiles are redacted from toString() and never"
                  + " logged");

  /** The module dependency direction of DESIGN §1, below {@value #ROOT}. */
  @ArchTest
  public static final ArchRule MODULES_DEPEND_ONLY_ON_LOWER_MODULES =
      modulesDependOnlyOnLowerModules(ROOT);

  /** No cycle between any two packages below {@value #ROOT}, nested packages included. */
  @ArchTest
  public static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES =
      slices()
          .matching(ROOT + ".(**)")
          .namingSlices("$1")
          .should()
          .beFreeOfCycles()
          .because(
              "DESIGN §4: no package cycles within a module, so every concept can be read and"
                  + " changed on its own");

  /** Generated {@code Immutable*} classes are package-private. */
  @ArchTest
  public static final ArchRule GENERATED_IMMUTABLES_ARE_NOT_PUBLIC =
      classes()
          .that()
          .areTopLevelClasses()
          .and()
          .haveSimpleNameStartingWith("Immutable")
          .should()
          .notBePublic()
          .because(
              "DESIGN §4 and §6: generated Immutable* classes are implementation; the API shows"
                  + " the abstract value type and its Builder");

  private LibraryRules() {}

  /**
   * The module dependency direction of DESIGN §1 below {@code root}: {@code domain} depends on no
   * other module, {@code metrics} and {@code planning} only on {@code domain} (not on each other),
   * {@code examples} on anything.
   *
   * @param root the package that holds the modules' packages, e.g. {@value #ROOT}; not null
   * @return the rule; never null
   */
  public static ArchRule modulesDependOnlyOnLowerModules(String root) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("domain")
        .definedBy(root + ".domain..")
        .layer("metrics")
        .definedBy(root + ".metrics..")
        .layer("planning")
        .definedBy(root + ".planning..")
        .layer("examples")
        .definedBy(root + ".examples..")
        .whereLayer("domain")
        .mayNotAccessAnyLayer()
        .whereLayer("metrics")
        .mayOnlyAccessLayers("domain")
        .whereLayer("planning")
        .mayOnlyAccessLayers("domain")
        .because(
            "DESIGN §1 and §4: metrics and planning build on the domain and not on each other, so"
                + " a host may embed either alone");
  }

  private static DescribedPredicate<JavaClass> fileStreamOrProcessIo() {
    return resideInAPackage("java.io")
        .and(
            not(
                belongToAnyOf(
                    Serializable.class,
                    Serial.class,
                    ObjectStreamException.class,
                    InvalidObjectException.class)))
        .or(resideInAnyPackage("java.nio.file..", "java.nio.channels.."))
        .or(belongToAnyOf(Process.class, ProcessBuilder.class, ProcessHandle.class))
        .as(
            "do file, stream or process I/O (java.io other than the serialization markers,"
                + " java.nio.file, java.nio.channels, Process)");
  }

  private static ArchCondition<JavaClass> startThreadsExecutorsOrParallelStreams() {
    DescribedPredicate<JavaClass> concurrency =
        belongToAnyOf(
                Thread.class,
                ThreadGroup.class,
                ThreadLocal.class,
                InheritableThreadLocal.class,
                ThreadFactory.class,
                ForkJoinPool.class,
                ForkJoinTask.class,
                RecursiveAction.class,
                RecursiveTask.class,
                CompletableFuture.class,
                CompletionStage.class,
                CompletionService.class,
                FutureTask.class,
                Timer.class,
                TimerTask.class)
            .or(resideInAPackage("java.util.concurrent").and(simpleNameContaining("Executor")));
    return dependOnClassesThat(concurrency)
        .or(
            callMethodWhere(
                target(name("parallelStream")).and(target(owner(assignableTo(Collection.class))))))
        .or(
            callMethodWhere(
                target(name("parallel")).and(target(owner(assignableTo(BaseStream.class))))))
        .as("use threads, thread-locals, executors, timers or parallel streams");
  }

  private static ArchCondition<JavaClass> useTheConsole() {
    return accessField(System.class, "out")
        .or(accessField(System.class, "err"))
        .or(accessField(System.class, "in"))
        .or(callMethod(System.class, "console"))
        .or(
            callMethodWhere(
                target(name("printStackTrace"))
                    .and(target(owner(assignableTo(Throwable.class))))
                    .and(target(rawParameterTypes(new Class<?>[0])))))
        .as("use System.out, System.err, System.in, System.console() or printStackTrace()");
  }

  private static DescribedPredicate<JavaCall<?>> clockRead() {
    return describe(
        "a read of the system clock (now() or now(ZoneId) of a java.time or threeten-extra type,"
            + " Clock.system*(), InstantSource.system(), System.currentTimeMillis(),"
            + " System.nanoTime(), new Date(), Calendar.getInstance())",
        call -> readsTheClock(call.getTarget()));
  }

  private static boolean readsTheClock(CodeUnitCallTarget target) {
    JavaClass owner = target.getOwner();
    String name = target.getName();
    List<JavaClass> parameters = target.getRawParameterTypes();
    String pkg = owner.getPackageName();
    boolean temporal =
        pkg.equals("java.time")
            || pkg.startsWith("java.time.")
            || pkg.equals("org.threeten.extra")
            || pkg.startsWith("org.threeten.extra.");
    boolean noArgumentOrZone =
        parameters.isEmpty()
            || (parameters.size() == 1 && parameters.get(0).isEquivalentTo(ZoneId.class));
    return (temporal && name.equals("now") && noArgumentOrZone)
        || (owner.isEquivalentTo(Clock.class) && name.startsWith("system"))
        || (owner.isEquivalentTo(InstantSource.class) && name.equals("system"))
        || (owner.isEquivalentTo(System.class)
            && (name.equals("currentTimeMillis") || name.equals("nanoTime")))
        || (owner.isEquivalentTo(Date.class)
            && name.equals(JavaConstructor.CONSTRUCTOR_NAME)
            && parameters.isEmpty())
        || (owner.isEquivalentTo(Calendar.class) && name.equals("getInstance"));
  }

  private static ArchCondition<JavaClass> useReflection() {
    return dependOnClassesThat(
            resideInAnyPackage(
                    "java.lang.reflect..", "sun.misc..", "sun.reflect..", "jdk.internal..")
                .or(belongToAnyOf(MethodHandles.class, VarHandle.class)))
        .or(
            callMethodWhere(
                target(owner(equivalentTo(Class.class)))
                    .and(
                        target(
                            nameMatching(
                                "forName|newInstance|getDeclared.*|getMethods?|getFields?"
                                    + "|getConstructors?|getRecordComponents")))))
        .as(
            "use reflection (java.lang.reflect, setAccessible, Class.forName and the Class member"
                + " look-ups, MethodHandles, VarHandle, sun.misc.Unsafe, jdk.internal)");
  }

  private static DescribedPredicate<JavaClass> mutableContainer() {
    Set<String> mutable =
        Set.of(
            "java.util.ArrayList",
            "java.util.LinkedList",
            "java.util.Vector",
            "java.util.Stack",
            "java.util.HashMap",
            "java.util.LinkedHashMap",
            "java.util.TreeMap",
            "java.util.IdentityHashMap",
            "java.util.WeakHashMap",
            "java.util.Hashtable",
            "java.util.Properties",
            "java.util.EnumMap",
            "java.util.HashSet",
            "java.util.LinkedHashSet",
            "java.util.TreeSet",
            "java.util.EnumSet",
            "java.util.ArrayDeque",
            "java.util.PriorityQueue",
            "java.util.BitSet",
            "java.util.Random",
            "java.util.Date",
            "java.util.Calendar",
            "java.util.GregorianCalendar",
            "java.util.concurrent.ConcurrentHashMap",
            "java.util.concurrent.ConcurrentSkipListMap",
            "java.util.concurrent.ConcurrentSkipListSet",
            "java.util.concurrent.ConcurrentLinkedQueue",
            "java.util.concurrent.ConcurrentLinkedDeque",
            "java.util.concurrent.CopyOnWriteArrayList",
            "java.util.concurrent.CopyOnWriteArraySet",
            "java.lang.StringBuilder",
            "java.lang.StringBuffer");
    return describe(
        "an array, a mutable JDK collection or map, a string builder, a Random, a Date or an"
            + " atomic",
        type ->
            type.isArray()
                || mutable.contains(type.getName())
                || type.getPackageName().equals("java.util.concurrent.atomic"));
  }

  private static ArchCondition<JavaClass> throwGenericExceptions() {
    return createGeneric(Throwable.class)
        .or(createGeneric(Exception.class))
        .or(createGeneric(RuntimeException.class))
        .or(createGeneric(Error.class))
        .as("create Throwable, Exception, RuntimeException or Error itself");
  }

  /** A constructor call of {@code type} itself; a subclass's {@code super(...)} call is not one. */
  private static ArchCondition<JavaClass> createGeneric(Class<? extends Throwable> type) {
    return callCodeUnitWhere(
        target(is(constructor()).and(is(declaredIn(type))))
            .and(not(originOwner(is(assignableTo(type))))));
  }

  /** The types that are personal data (DOMAIN D7.8), by name. */
  private static final Set<String> PERSONAL_DATA =
      Set.of(
          "org.leadtocash.domain.customer.PersonalProfile",
          "org.leadtocash.domain.customer.ExecutiveProfile",
          "org.leadtocash.domain.customer.KeyDate",
          "org.leadtocash.domain.relationship.KeyPerson",
          "org.leadtocash.domain.relationship.RelationshipCard");

  private static DescribedPredicate<JavaClass> holdPersonalData() {
    return describe(
        "hold personal data (a personal or executive profile, a key date, a key person or a"
            + " relationship card, in a field at any depth)",
        type -> holdsPersonalData(type, new HashSet<>()));
  }

  private static boolean holdsPersonalData(JavaClass type, Set<String> seen) {
    if (!seen.add(type.getName())) {
      return false;
    }
    if (PERSONAL_DATA.contains(type.getName())
        || type.getAllRawSuperclasses().stream()
            .anyMatch(s -> PERSONAL_DATA.contains(s.getName()))) {
      return true;
    }
    return type.getAllFields().stream()
        .flatMap(field -> field.getAllInvolvedRawTypes().stream())
        .filter(t -> t.getPackageName().startsWith(ROOT + "."))
        .anyMatch(t -> holdsPersonalData(t, seen));
  }

  private static DescribedPredicate<JavaClass> loggingOtherThanTheSlf4jApi() {
    return resideInAPackage("org.slf4j..")
        .and(
            not(
                resideInAnyPackage(
                    "org.slf4j", "org.slf4j.event", "org.slf4j.helpers", "org.slf4j.spi")))
        .or(
            resideInAnyPackage(
                "ch.qos.logback..",
                "org.apache.log4j..",
                "org.apache.logging.log4j..",
                "java.util.logging.."))
        .as(
            "belong to a logging back-end or a logging API other than SLF4J (slf4j-simple,"
                + " Logback, Log4j, java.util.logging)");
  }
}
