/**
 * The talk: a {@link paint.common.Canvas} to paint and check, the {@link paint.common.Settings} of a
 * run, and {@link paint.common.Timed}, the talk's {@code @timed} decorator. The lessons (each style's
 * {@code Paint} and {@code Main}) use these, and from the stage only {@code Runner}, {@code Run} and, in
 * 01, {@code Limits}; the stage, {@link paint.stage}, is what runs them and draws what happened.
 */
package paint.common;
