package org.leadtocash.domain.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the library's main sources and finds every rule they cite, with how each citation enforces
 * it: a {@code RuleId.D5_3} inside {@code guard.allow(...)} raises an {@link
 * IllegalTransitionException}, inside {@code guard.require(...)} (or its business-date forms {@code
 * requireSince} and {@code requireHappened}) or {@code guard.violation(...)} a {@link
 * RuleViolationException}, inside {@code new AccessDeniedException(...)} an access denial, inside
 * {@code Replay.of(...)} (an aggregate's lifecycle rule, cited when a stored history is broken) a
 * {@link RejectedHistoryException}; elsewhere (a KCP, a gate prerequisite, a risk kind) it is
 * reported. A {@code "… (DOMAIN D6.5)"} message inside {@code checkArgument(...)} or {@code new
 * IllegalArgumentException(...)} is an invalid value. Descriptive texts that mention a section
 * outside such calls are not citations.
 *
 * <p>A small scanner, not a parser: it skips comments, string and character literals, and keeps the
 * stack of calls it is inside, named by the identifier before each opening parenthesis.
 */
final class RuleCitations {

  private static final Pattern CONSTANT = Pattern.compile("RuleId\\.(D\\d+(?:_\\d+)*)\\b");
  private static final Pattern MESSAGE = Pattern.compile("DOMAIN (D\\d+(?:\\.\\d+)*)");

  /** The name of a call to {@link Replay#of}, which a bare {@code of} does not tell apart. */
  private static final String REPLAY_OF = "Replay.of";

  private static final Pattern QUALIFIED_BY_REPLAY =
      Pattern.compile("\\bReplay\\s*\\.\\s*(?:<[^()]*>\\s*)?of\\s*$");
  private static final Map<String, Enforcement> CALLS =
      Map.of(
          "allow",
          Enforcement.ILLEGAL_TRANSITION,
          "IllegalTransitionException",
          Enforcement.ILLEGAL_TRANSITION,
          "require",
          Enforcement.RULE_VIOLATION,
          "requireSince",
          Enforcement.RULE_VIOLATION,
          "requireHappened",
          Enforcement.RULE_VIOLATION,
          "violation",
          Enforcement.RULE_VIOLATION,
          "RuleViolationException",
          Enforcement.RULE_VIOLATION,
          "AccessDeniedException",
          Enforcement.ACCESS_DENIED,
          "checkComplete",
          Enforcement.INVALID_VALUE,
          REPLAY_OF,
          Enforcement.REJECTED_HISTORY);
  private static final Set<String> ARGUMENT_CHECKS =
      Set.of("checkArgument", "IllegalArgumentException");

  private final Map<String, Set<Enforcement>> bySection = new TreeMap<>();
  private final Map<String, String> firstSeenIn = new TreeMap<>();

  private RuleCitations() {}

  /**
   * Scans every {@code .java} file under the given source roots; a missing root is skipped.
   *
   * @param roots source roots such as {@code ltc-domain/src/main/java}
   * @return the citations found
   */
  static RuleCitations scan(List<Path> roots) {
    RuleCitations citations = new RuleCitations();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(p -> p.toString().endsWith(".java"))
            .sorted()
            .forEach(file -> citations.scanFile(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return citations;
  }

  /** {@return every cited section with how the code enforces it, sorted by section} */
  Map<String, Set<Enforcement>> bySection() {
    return bySection;
  }

  /** {@return the first file that cites a section, for messages} */
  String citedIn(String section) {
    return firstSeenIn.getOrDefault(section, "nowhere");
  }

  private void scanFile(Path file) {
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Deque<String> calls = new ArrayDeque<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = lineEnd(source, i);
      } else if (source.startsWith("/*", i)) {
        i = source.indexOf("*/", i + 2) + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3) + 3;
        message(source.substring(i, end), calls, file);
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = literalEnd(source, i, c);
        if (c == '"') {
          message(source.substring(i, end), calls, file);
        }
        i = end;
      } else if (c == '(') {
        calls.push(callBefore(source, i));
        i++;
      } else if (c == ')') {
        if (!calls.isEmpty()) {
          calls.pop();
        }
        i++;
      } else if (source.startsWith("RuleId.", i) && (i == 0 || !isIdentifierPart(source, i - 1))) {
        Matcher constant = CONSTANT.matcher(source).region(i, n);
        if (constant.lookingAt()) {
          Enforcement enforcement =
              enclosing(calls, CALLS.keySet()).map(CALLS::get).orElse(Enforcement.REPORTED);
          cite(constant.group(1).replace('_', '.'), enforcement, file);
          i = constant.end();
        } else {
          i++;
        }
      } else {
        i++;
      }
    }
  }

  private void message(String literal, Deque<String> calls, Path file) {
    Matcher cited = MESSAGE.matcher(literal);
    while (cited.find()) {
      if (enclosing(calls, ARGUMENT_CHECKS).isPresent()) {
        cite(cited.group(1), Enforcement.INVALID_VALUE, file);
      }
    }
  }

  private void cite(String section, Enforcement enforcement, Path file) {
    bySection.computeIfAbsent(section, s -> EnumSet.noneOf(Enforcement.class)).add(enforcement);
    firstSeenIn.putIfAbsent(section, file.getFileName().toString());
  }

  /** The innermost enclosing call whose name is one of {@code names}. */
  private static Optional<String> enclosing(Deque<String> calls, Set<String> names) {
    return calls.stream().filter(names::contains).findFirst();
  }

  /** The name of the call whose argument list opens at {@code paren}. */
  private static String callBefore(String source, int paren) {
    String name = identifierBefore(source, paren);
    return name.equals("of")
            && QUALIFIED_BY_REPLAY.matcher(source.substring(Math.max(0, paren - 200), paren)).find()
        ? REPLAY_OF
        : name;
  }

  private static String identifierBefore(String source, int paren) {
    int end = paren;
    while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && isIdentifierPart(source, start - 1)) {
      start--;
    }
    return source.substring(start, end);
  }

  private static boolean isIdentifierPart(String source, int at) {
    return Character.isJavaIdentifierPart(source.charAt(at));
  }

  private static int lineEnd(String source, int from) {
    int end = source.indexOf('\n', from);
    return end < 0 ? source.length() : end;
  }

  private static int literalEnd(String source, int start, char quote) {
    int i = start + 1;
    while (source.charAt(i) != quote) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }
}
