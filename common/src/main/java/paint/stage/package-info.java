/**
 * The stage: what runs every style and shows what happened, so that the lessons hold nothing but their
 * style. You may skip it on a first read. {@link paint.stage.Runner} reads the options (with picocli,
 * {@link paint.stage.Options}), hands a {@link paint.stage.Run} to the style's {@code Main}, and prints
 * the {@link paint.stage.Timeline} as a {@link paint.stage.TimelineChart} and the summary line.
 */
package paint.stage;
