/**
 * The workshop: part of the stage, not of the lessons. {@link paint.workshop.Workshop} is the
 * {@code ./workshop} command. {@link paint.workshop.Exercise} reads the exercises from the modules'
 * READMEs; {@link paint.workshop.Stubs} turns a solution's region into a stub and back;
 * {@link paint.workshop.Copy} makes a learner's copy; {@link paint.workshop.Check} runs a module's
 * tests and scores each exercise from the {@link paint.workshop.TestReports}.
 */
package paint.workshop;
