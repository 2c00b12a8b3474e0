package paint.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * For {@code ./workshop check}: with {@code -Dworkshop.failFast=true}, once a test of a class has failed,
 * the class's other tests are skipped. A learner's code that never completes fails every test of the
 * style contract, each after waiting for it; the first failure is the verdict, and the learner gets it in
 * seconds instead of a minute. The test that scores a module's first exercise alone runs first
 * ({@code @Order(1)}), so that a mistake there is reported by that test. Without the property it does
 * nothing. JUnit finds it through {@code META-INF/services} when extension autodetection is on, which the
 * check turns on.
 */
public final class FailFast implements ExecutionCondition, TestWatcher {

  /** The first failed test of each class, by class name. */
  private static final Map<String, String> FAILED = new ConcurrentHashMap<>();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String failed = Boolean.getBoolean("workshop.failFast") && context.getTestClass().isPresent()
        ? FAILED.get(context.getRequiredTestClass().getName()) : null;
    return failed == null ? ConditionEvaluationResult.enabled("no test of this class failed yet")
        : ConditionEvaluationResult.disabled("not run: " + failed + " failed first");
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    FAILED.putIfAbsent(context.getRequiredTestClass().getName(),
        context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
  }
}
