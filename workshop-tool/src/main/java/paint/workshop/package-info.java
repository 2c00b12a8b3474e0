/**
 * The workshop: part of the stage, not of the lessons. {@link paint.workshop.Workshop} is the
 * {@code ./workshop} command; {@code paint.docs.Exercise} reads the exercises from the modules' READMEs.
 * {@link paint.workshop.Stubs} turns a solution's region into a stub; {@link paint.workshop.Copy} makes a
 * learner's copy, and {@link paint.workshop.Solutions} keeps what the copy holds back until the learner has
 * tried; {@link paint.workshop.Check} runs a module's tests and scores each exercise from the
 * {@link paint.workshop.TestReports}.
 */
package paint.workshop;
