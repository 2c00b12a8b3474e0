package paint.workshop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import paint.docs.Exercise;
import paint.docs.Readme;

/**
 * What a learner's copy holds back until the learner has tried an exercise: the solutions' painting files,
 * the second and third hints, and the READMEs' passages that explain an answer. In the repository they
 * are its own files; in a copy, {@link #STORE}, written by {@code ./workshop new}: compressed, so that no
 * search of the copy's files finds a solution's line in clear text, and ignored by the copy's git, so that
 * its history never holds them.
 */
final class Solutions {

  /** Where a copy keeps them, relative to its root. */
  static final String STORE = Exercise.WORKSHOP_FOLDER + "/solutions.gz";

  /** A passage of {@code page} that explains the answer of exercises {@code ids}, as markdown. */
  record Answer(List<String> ids, String page, List<String> text) { }

  private final Properties entries;

  private Solutions(Properties entries) {
    this.entries = entries;
  }

  /** What the repository at {@code root} holds back: its own files, or the store of a copy. */
  static Solutions of(Path root) throws IOException, Workshop.Refused {
    if (!Exercise.inACopy(root)) {
      return collect(root, Exercise.all(root));
    }
    Path store = root.resolve(STORE);
    if (!Files.exists(store)) {
      throw new Workshop.Refused("the solutions of this copy are gone (" + STORE + " is missing; git clean -x"
          + " removes it): make a new copy with ./workshop new in the repository you cloned");
    }
    Properties entries = new Properties();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(store))) {
      entries.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new Solutions(entries);
  }

  /** Collects, from the repository at {@code root}, what a copy of it holds back. */
  static Solutions collect(Path root, List<Exercise> exercises) throws IOException {
    Properties entries = new Properties();
    for (Exercise exercise : exercises) {
      entries.setProperty("file." + exercise.file(), Files.readString(root.resolve(exercise.file()), StandardCharsets.UTF_8));
      entries.setProperty("more." + exercise.id(), exercise.more());
      entries.setProperty("line." + exercise.id(), exercise.line());
    }
    int n = 0;
    for (Path page : Readme.pages(root)) {
      Readme readme = Readme.read(page);
      for (Readme.Answer answer : readme.answers()) {
        String key = "answer." + n++ + ".";
        entries.setProperty(key + "ids", String.join(" ", answer.ids()));
        entries.setProperty(key + "page", root.relativize(page).toString().replace('\\', '/'));
        entries.setProperty(key + "text", String.join("\n", readme.lines().subList(answer.start() + 1, answer.end())));
      }
    }
    return new Solutions(entries);
  }

  /** Writes them into the copy at {@code dir}. */
  void store(Path dir) throws IOException {
    Path store = dir.resolve(STORE);
    Files.createDirectories(store.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(store))) {
      java.io.Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
      entries.store(writer, null);
      writer.flush();
    }
  }

  /** The solution's version of painting file {@code file} (a path relative to the root, as the README names it). */
  List<String> file(String file) {
    String text = entries.getProperty("file." + file.replace('\\', '/'));
    if (text == null) {
      throw new UncheckedIOException(new IOException(file + ": no solution kept for it"));
    }
    return text.lines().toList();
  }

  /**
   * The solution's version of painting file {@code file}, showing only what the learner may see: the region
   * of each exercise in {@code hidden} (and of its twins) is the learner's own, from {@code yours}.
   */
  List<String> showing(String file, List<String> yours, List<Exercise> hidden, List<Twins.Twin> twins) {
    List<String> shown = file(file);
    for (Exercise exercise : hidden) {
      List<String> tags = new ArrayList<>();
      if (exercise.file().equals(file)) {
        tags.add(exercise.method());
      }
      twins.stream().filter(twin -> twin.of().id().equals(exercise.id()) && twin.file().equals(file))
          .forEach(twin -> tags.add(twin.tag()));
      for (String tag : tags) {
        if (paint.docs.Regions.has(shown, tag)) {
          shown = paint.docs.Regions.replace(shown, tag, paint.docs.Regions.has(yours, tag)
              ? paint.docs.Regions.read(yours, tag) : List.of("  // " + exercise.name() + ": not shown until you have"
              + " tried it"));
        }
      }
    }
    return shown;
  }

  /** The second hint of {@code exercise}: the shape of the code. */
  String more(Exercise exercise) {
    return entries.getProperty("more." + exercise.id(), "");
  }

  /** The third hint of {@code exercise}: the one line that matters. */
  String line(Exercise exercise) {
    return entries.getProperty("line." + exercise.id(), "");
  }

  /** The passages that explain {@code id}'s answer, in the order of the pages. */
  List<Answer> answers(String id) {
    List<Answer> answers = new ArrayList<>();
    for (int n = 0; entries.containsKey("answer." + n + ".ids"); n++) {
      List<String> ids = List.of(entries.getProperty("answer." + n + ".ids").split(" "));
      if (ids.contains(id)) {
        answers.add(new Answer(ids, entries.getProperty("answer." + n + ".page"),
            entries.getProperty("answer." + n + ".text").lines().toList()));
      }
    }
    return answers;
  }
}
