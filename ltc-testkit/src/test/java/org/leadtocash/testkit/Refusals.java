package org.leadtocash.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.DomainException;

/**
 * The fuzz tests' oracle (issue 12 §6): what a public factory, constructor or builder may throw
 * when it refuses its input, and what its message may hold.
 *
 * <p>Documented are: a {@link NullPointerException} with a message naming the parameter (DESIGN §2,
 * "a null argument is refused by name") — never the JDK's own "Cannot invoke … because …", which
 * means an unchecked null reached the code; an {@link IllegalArgumentException} (bad arguments fail
 * fast, DOMAIN D11.3); the {@link DomainException} family (a command that breaks a rule); an
 * Immutables builder's {@link IllegalStateException} "Cannot build …, some of required attributes
 * are not set" (its generated {@code build()}'s contract); and the {@link IllegalStateException}
 * the sales-time allocation documents for a solver that fails (DOMAIN D11.6). Anything else — an
 * {@code ArithmeticException}, a {@code DateTimeException}, an index out of bounds, a stack
 * overflow — is a defect. Every message thrown holds no raw control character nor line or paragraph
 * separator, so that input cannot forge a log line (issue 12 §5).
 */
final class Refusals {

  private Refusals() {}

  /**
   * Checks a refusal, and throws an {@link AssertionError} naming the call when it is a defect.
   *
   * @param thrown what the call threw
   * @param nullPassed whether an argument of the call was null
   * @param call the call, for the report
   */
  static void check(Throwable thrown, boolean nullPassed, String call) {
    check(thrown, nullPassed, false, call);
  }

  /**
   * Checks a refusal of a builder's setter, and throws an {@link AssertionError} naming the call
   * when it is a defect: as {@link #check(Throwable, boolean, String)}, except that a null refused
   * by an Immutables-generated setter may be refused with the generated code's own {@link
   * NullPointerException}, whatever its message (the generated builders are Immutables' code, not
   * the library's; see the report of issue 12 §6).
   *
   * <p>Which generated setters cannot name the attribute, and why. The styles ({@code DomainStyle},
   * {@code AggregateStyle}) let Immutables use Guava's immutable collections, and Immutables checks
   * a plain or an {@code Optional} attribute's value itself ({@code Objects.requireNonNull(value,
   * "attribute")}), but hands a collection's elements straight to Guava's builder, whose refusals
   * name no attribute:
   *
   * <ul>
   *   <li>{@code addX(null)}, {@code addX(a, null)} and {@code addAllX([…, null])} of a list:
   *       Guava's "at index N";
   *   <li>{@code addX(null)} of a set, and {@code addAllX(null)} or {@code x(null)} of any list,
   *       set or map (a null collection): Guava's {@code checkNotNull} without a message;
   *   <li>{@code putX(key, null)} and {@code putX(null, value)}: Guava's "null value in entry:
   *       k=null" or "null key in entry: null=v"; {@code putX((Map.Entry) null)}: the JDK's "Cannot
   *       invoke …getKey()";
   *   <li>{@code x((Optional<T>) null)}: the JDK's "Cannot invoke "java.util.Optional.orElse(…)"
   *       because "x" is null", which names the parameter in the JDK's words.
   * </ul>
   *
   * No style setting changes this short of {@code jdkOnly = true}, which swaps every generated
   * collection for the JDK's and changes what a builder does with a map key given twice (Guava
   * refuses it at {@code build()}, which {@code ValidationAnswers} relies on for "a criterion is
   * answered once"); that is a change of the library's behaviour, not of a message, and was not
   * made. The one defect of these refusals that the library must fix — a Guava message that quotes
   * the texts of a map key given twice ("Multiple entries with same key: k=v1 and k=v2") — is fixed
   * where a text can hold a control character or is personal data: {@code CustomerInsight}, {@code
   * PersonalProfile} and {@code PlanningCycle.restore()} override {@code build()} to refuse it by
   * the attribute's name. The raw-character check below still holds every generated refusal.
   *
   * @param thrown what the call threw
   * @param nullPassed whether an argument of the call was null
   * @param generated whether the call was to a generated setter
   * @param call the call, for the report
   */
  static void check(Throwable thrown, boolean nullPassed, boolean generated, String call) {
    if (generated && nullPassed && thrown instanceof NullPointerException) {
      Optional<String> raw = rawCharacter(thrown);
      if (raw.isPresent()) {
        throw new AssertionError(call + ": " + raw.get(), thrown);
      }
      return;
    }
    Optional<String> defect = defect(thrown, nullPassed);
    if (defect.isPresent()) {
      throw new AssertionError(call + ": " + defect.get(), thrown);
    }
  }

  static Optional<String> defect(Throwable thrown, boolean nullPassed) {
    Optional<String> raw = rawCharacter(thrown);
    if (raw.isPresent()) {
      return raw;
    }
    return kind(thrown, nullPassed);
  }

  /** A raw control character or separator in the message of the exception or of a cause. */
  private static Optional<String> rawCharacter(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null) {
        for (int i = 0; i < message.length(); i++) {
          char c = message.charAt(i);
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            return Optional.of(
                "a message holds the raw character U+"
                    + String.format("%04X", (int) c)
                    + " ("
                    + t.getClass().getName()
                    + ")");
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> kind(Throwable thrown, boolean nullPassed) {
    String message = thrown.getMessage();
    if (thrown instanceof NullPointerException) {
      if (!nullPassed) {
        return Optional.of("a NullPointerException, though no argument was null");
      }
      if (message == null || message.isBlank()) {
        return Optional.of("a NullPointerException that names no parameter");
      }
      if (message.startsWith("Cannot ") && message.contains(" because ")) {
        return Optional.of("an unchecked null reached the code (" + message + ")");
      }
      return Optional.empty();
    }
    if (thrown instanceof IllegalArgumentException || thrown instanceof DomainException) {
      if (message == null || message.isBlank()) {
        return Optional.of("a refusal without a message: " + thrown.getClass().getName());
      }
      return Optional.empty();
    }
    if (thrown instanceof IllegalStateException && message != null) {
      if (message.startsWith("Cannot build ")
          && message.contains("some of required attributes are not set")) {
        return Optional.empty();
      }
      if (message.endsWith("(DOMAIN D11.6)")
          && stackHas(thrown, "org.leadtocash.planning.allocation.")) {
        return Optional.empty();
      }
    }
    return Optional.of("an undocumented " + thrown.getClass().getName() + ": " + message);
  }

  /**
   * Calls a constructor or method given null for one parameter, as {@link RecordNullsTest} and
   * {@link ParameterNullsTest} do.
   *
   * @param executable the constructor or method
   * @param receiver the instance a method is called on; null for a constructor or static method
   * @param args the arguments, null for the parameter under test
   * @param name the name its {@link NullPointerException}'s message must start with
   * @return empty if the call refused null by the name, else what went wrong
   */
  static Optional<String> unnamedNull(
      Executable executable, @Nullable Object receiver, @Nullable Object[] args, String name) {
    try {
      executable.setAccessible(true);
      if (executable instanceof Constructor<?> c) {
        c.newInstance(args);
      } else {
        ((Method) executable).invoke(receiver, args);
      }
      return Optional.of("accepted null");
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (!(cause instanceof NullPointerException)) {
        return Optional.of("threw " + cause);
      }
      String message = cause.getMessage();
      return message != null && message.startsWith(name)
          ? Optional.empty()
          : Optional.of("said '" + message + "'");
    } catch (ReflectiveOperationException e) {
      return Optional.of("could not be called: " + e);
    }
  }

  private static boolean stackHas(Throwable thrown, String prefix) {
    for (StackTraceElement e : thrown.getStackTrace()) {
      if (e.getClassName().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
