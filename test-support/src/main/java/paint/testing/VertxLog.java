package paint.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what Vert.x logs while it is open, instead of printing it: BlockedThreadChecker warnings
 * ("Thread vert.x-eventloop-thread-0 has been blocked for N ms, time limit is 400 ms", under the strict
 * limit of {@link OnVertx}) and
 * unhandled exceptions in handlers. Vert.x logs through java.util.logging when nothing else is on
 * the classpath, as here.
 */
public final class VertxLog implements AutoCloseable {

  /** Held here, because java.util.logging keeps loggers only weakly and would forget the handler. */
  private static final Logger VERTX = Logger.getLogger("io.vertx");

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() { }

    @Override
    public void close() { }
  };

  private VertxLog() {
    handler.setLevel(Level.ALL);
    VERTX.addHandler(handler);
    VERTX.setUseParentHandlers(false);
  }

  /** Starts capturing; close it to stop. */
  public static VertxLog capture() {
    return new VertxLog();
  }

  /** The BlockedThreadChecker's warnings: the event loop (or a worker) was blocked too long. */
  public List<String> blockedThreadWarnings() {
    return messagesFrom("io.vertx.core.impl.BlockedThreadChecker");
  }

  /** Exceptions that escaped a handler and that nobody handled. */
  public List<String> unhandledExceptions() {
    return records.stream()
        .filter(r -> r.getMessage() != null && r.getMessage().contains("Unhandled exception"))
        .map(r -> r.getMessage() + ": " + r.getThrown())
        .toList();
  }

  /** Everything Vert.x logged at WARNING or above. */
  public List<String> warnings() {
    return records.stream()
        .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
        .map(r -> r.getLoggerName() + ": " + r.getMessage())
        .toList();
  }

  private List<String> messagesFrom(String logger) {
    return records.stream().filter(r -> logger.equals(r.getLoggerName())).map(LogRecord::getMessage).toList();
  }

  @Override
  public void close() {
    VERTX.removeHandler(handler);
    VERTX.setUseParentHandlers(true);
  }
}
