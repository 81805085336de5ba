package org.leadtocash.domain.testing;

import com.google.errorprone.annotations.MustBeClosed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The log records the library writes while a test captures them, through {@link
 * CapturingServiceProvider}, the SLF4J provider of every test class path that holds this package
 * (registered in {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider}; the {@code
 * ltc-domain} test-jar carries both).
 *
 * <pre>{@code
 * try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
 *   opportunity.decide(ruling, at);
 *   assertEquals(1, logs.events(Opportunity.class).size());
 * }
 * }</pre>
 *
 * <p>Nothing is captured, and every logger reports its levels disabled, outside {@code start} and
 * {@code close}: the library sees the same "DEBUG off" a host sees by default. Capturing is global
 * to the JVM, as SLF4J's loggers are; the tests of a module run one at a time.
 */
public final class LogCapture implements AutoCloseable {

  private static final List<LogEvent> EVENTS = new CopyOnWriteArrayList<>();

  private static volatile @Nullable Level threshold;

  private LogCapture() {}

  /**
   * Starts capturing every record at {@code threshold} or above, forgetting any captured before.
   *
   * @param threshold the lowest level captured, e.g. {@link Level#DEBUG}
   * @return the capture; close it to stop capturing
   * @throws IllegalStateException if SLF4J is bound to another provider (a logging back-end on the
   *     test class path)
   */
  @MustBeClosed
  public static LogCapture start(Level threshold) {
    Objects.requireNonNull(threshold, "threshold");
    Object factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof CapturingServiceProvider.Loggers)) {
      throw new IllegalStateException(
          "SLF4J is bound to "
              + factory.getClass().getName()
              + ", not to the capturing provider: is a logging back-end (slf4j-simple, Logback) on"
              + " the test class path?");
    }
    EVENTS.clear();
    LogCapture.threshold = threshold;
    return new LogCapture();
  }

  /** {@return every record captured so far, in order; never null} */
  public List<LogEvent> events() {
    return List.copyOf(EVENTS);
  }

  /**
   * Returns the records of one logger, named after its class as the library names its loggers.
   *
   * @param logger the class the logger is named after
   * @return its records, in order; never null
   */
  public List<LogEvent> events(Class<?> logger) {
    return events(logger.getName());
  }

  /**
   * Returns the records of one logger.
   *
   * @param logger the logger's name
   * @return its records, in order; never null
   */
  public List<LogEvent> events(String logger) {
    Objects.requireNonNull(logger, "logger");
    return EVENTS.stream().filter(e -> e.logger().equals(logger)).toList();
  }

  /** {@return the formatted messages of every record captured so far, in order; never null} */
  public List<String> messages() {
    return EVENTS.stream().map(LogEvent::message).toList();
  }

  /** {@return every captured record, one a line, to explain a failed assertion} */
  @Override
  public String toString() {
    return EVENTS.stream().map(LogEvent::toString).collect(Collectors.joining("\n"));
  }

  /** Forgets the records captured so far, and goes on capturing. */
  public void clear() {
    EVENTS.clear();
  }

  /** Stops capturing and forgets the records. */
  @Override
  public void close() {
    threshold = null;
    EVENTS.clear();
  }

  static boolean isEnabled(Level level) {
    Level current = threshold;
    return current != null && level.toInt() >= current.toInt();
  }

  static void record(LogEvent event) {
    if (isEnabled(event.level())) {
      EVENTS.add(event);
    }
  }

  /**
   * One captured record.
   *
   * @param level its level
   * @param logger the logger's name
   * @param pattern the message pattern as the library passed it, with its {@code {}} placeholders
   * @param message the message formatted with its arguments, as a back-end would write it
   * @param arguments the arguments, in order (an unmodifiable list that may hold null)
   * @param throwable the throwable passed with the record, if any
   */
  public record LogEvent(
      Level level,
      String logger,
      String pattern,
      String message,
      List<@Nullable Object> arguments,
      Optional<Throwable> throwable) {

    @Override
    public String toString() {
      return level + " " + logger + " " + message;
    }
  }
}
