package org.leadtocash.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No input can forge a log line (issue 12 §5; DESIGN §2, bad arguments fail fast): every typed id
 * of the library refuses control characters, and no refusal message carries one raw.
 */
class InputsProperties {

  /** Every id type of the library: the public records that implement {@link Identifier}. */
  static List<Class<?>> identifierTypes() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(
                "org.leadtocash.domain", "org.leadtocash.metrics", "org.leadtocash.planning")
            .stream()
            .filter(c -> c.isAssignableTo(Identifier.class) && !c.isInterface())
            .map(JavaClass::reflect)
            .sorted(Comparator.comparing(Class::getName))
            .toList();
  }

  @Example
  void theScanFindsEveryIdType() {
    List<String> names = identifierTypes().stream().map(Class::getSimpleName).toList();
    assertTrue(
        names.containsAll(
            List.of(
                "EmployeeId",
                "PersonId",
                "KpiId",
                "LeadId",
                "CustomerId",
                "ContractId",
                "IssueId",
                "RelationshipPlanId",
                "PlanningCycleId")),
        names.toString());
    assertTrue(names.size() >= 20, names.toString());
    for (Class<?> type : identifierTypes()) {
      assertTrue(type.isRecord(), type + " is a record");
    }
  }

  @Provide
  Arbitrary<Class<?>> idTypes() {
    return Arbitraries.of(identifierTypes());
  }

  /** Characters no id may hold: the ISO controls and the line and paragraph separators. */
  @Provide
  Arbitrary<Character> unsafe() {
    return Arbitraries.oneOf(
        Arbitraries.chars().range('\u0000', '\u001F'),
        Arbitraries.chars().range('\u007F', '\u009F'),
        Arbitraries.of('\n', '\r', '\u2028', '\u2029'));
  }

  /** A plausible id with one unsafe character somewhere in it. */
  @Provide
  Arbitrary<String> forged() {
    Arbitrary<String> part = Arbitraries.strings().withCharRange('!', '~').ofMaxLength(50);
    return Combinators.combine(part, unsafe(), part).as((a, c, b) -> a + c + b);
  }

  @Property
  void everyIdRefusesAControlCharacter(
      @ForAll("idTypes") Class<?> type, @ForAll("forged") String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> construct(type, value));
    String message = e.getMessage();
    assertTrue(message.startsWith(type.getSimpleName() + " must "), message);
    assertTrue(message.contains(Identifier.RULE), message);
    assertTrue(message.chars().noneMatch(InputsProperties::unsafe), message);
  }

  @Property
  void everyIdKeepsAPlainValue(
      @ForAll("idTypes") Class<?> type,
      @ForAll
          @net.jqwik.api.constraints.StringLength(min = 1, max = Identifier.MAX_LENGTH)
          @net.jqwik.api.constraints.CharRange(from = '!', to = '~')
          String value) {
    assertEquals(value, ((Identifier) construct(type, value)).value());
  }

  @Property
  void noRefusalCarriesARawControlCharacter(
      @ForAll String aggregate,
      @ForAll String state,
      @ForAll String command,
      @ForAll String reason) {
    Guard guard = Guard.of(aggregate, state, command);
    DomainException refused =
        assertThrows(DomainException.class, () -> guard.require(false, RuleId.D2_5, "%s", reason));
    assertTrue(refused.getMessage().chars().noneMatch(InputsProperties::unsafe));
    assertTrue(refused.reason().chars().noneMatch(InputsProperties::unsafe));
    DomainException illegal =
        assertThrows(DomainException.class, () -> guard.allow(false, RuleId.D2_5, "%s", reason));
    assertTrue(illegal.getMessage().chars().noneMatch(InputsProperties::unsafe));
  }

  private static boolean unsafe(int c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }

  private static Object construct(Class<?> type, String value) {
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(String.class);
      return constructor.newInstance(value);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("cannot construct " + type, e);
    }
  }
}
