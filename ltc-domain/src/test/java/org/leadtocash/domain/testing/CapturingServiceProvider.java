package org.leadtocash.domain.testing;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J 2 provider for the tests that keeps every record in memory for {@link LogCapture}
 * instead of writing it. Registered in {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider}
 * of the test resources; SLF4J finds it with {@link java.util.ServiceLoader} when no other provider
 * is on the class path.
 */
public final class CapturingServiceProvider implements SLF4JServiceProvider {

  /** The SLF4J API version this provider is written against. */
  public static final String REQUESTED_API_VERSION = "2.0.99";

  private final Loggers loggers = new Loggers();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();

  /** Creates the provider; SLF4J calls it through the service loader. */
  public CapturingServiceProvider() {}

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return REQUESTED_API_VERSION;
  }

  @Override
  public void initialize() {}

  /** The loggers, one a name. */
  static final class Loggers implements ILoggerFactory {

    private final ConcurrentMap<String, Logger> byName = new ConcurrentHashMap<>();

    @Override
    public Logger getLogger(String name) {
      return byName.computeIfAbsent(name, CapturingLogger::new);
    }
  }

  /** A logger whose levels are enabled while a {@link LogCapture} captures them. */
  static final class CapturingLogger extends LegacyAbstractLogger {

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return LogCapture.isEnabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
      return LogCapture.isEnabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
      return LogCapture.isEnabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
      return LogCapture.isEnabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
      return LogCapture.isEnabled(Level.ERROR);
    }

    @Override
    protected @Nullable String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level,
        @Nullable Marker marker,
        String pattern,
        @Nullable Object @Nullable [] arguments,
        @Nullable Throwable throwable) {
      List<@Nullable Object> args =
          arguments == null
              ? List.of()
              : Collections.unmodifiableList(Arrays.asList(arguments.clone()));
      String message = MessageFormatter.basicArrayFormat(pattern, arguments);
      LogCapture.record(
          new LogCapture.LogEvent(
              level,
              getName(),
              pattern,
              message == null ? "null" : message,
              args,
              Optional.ofNullable(throwable)));
    }
  }
}
