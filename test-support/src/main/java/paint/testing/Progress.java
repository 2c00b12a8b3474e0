package paint.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Tells {@code ./workshop check} which test is running, so that it can say so while a learner waits: with
 * {@code -Dworkshop.progress=FILE}, each test that starts adds a line {@code CallbacksTest.someTest} to
 * FILE. Without that property it does nothing. JUnit finds it through {@code META-INF/services}.
 */
public final class Progress implements TestExecutionListener {

  private final String file = System.getProperty("workshop.progress");

  @Override
  public void executionStarted(TestIdentifier test) {
    if (file == null || !test.isTest() || !(test.getSource().orElse(null) instanceof MethodSource method)) {
      return;
    }
    String name = method.getClassName().replaceAll(".*\\.", "") + "." + method.getMethodName() + "\n";
    try {
      Files.writeString(Path.of(file), name, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // the progress is a courtesy: a test must not fail because it could not be told
    }
  }
}
