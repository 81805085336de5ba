package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.RandomGenerator;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.history.EventCatalogue;
import org.leadtocash.planning.history.PlanningEvents;
import org.leadtocash.testkit.defaults.LeadToCashArbitraries;

/**
 * One committed JSON document per event type at its current schema version, in {@code
 * src/test/resources/golden/<type>.v<N>.json}, and one per snapshot type of an aggregate that has
 * {@code restore()}, in {@code golden/snapshot.<type>.v<N>.json}: each is read, bound and written
 * again byte for byte, so that an accidental change of the stored format fails the build (DESIGN
 * §2, "Events are a public, stored contract").
 *
 * <p>A new event type, snapshot type or schema version needs its file (a snapshot type needs one as
 * soon as its aggregate has {@code restore()}): {@code ./mvnw -B -ntp verify -pl ltc-jackson -am
 * -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dltc.golden.write=true} writes
 * the missing ones, each from an event of a history the test kit generates with a fixed seed (a
 * snapshot: the aggregate of the highest version among the first 50 the test kit generates with a
 * fixed seed, so that many attributes hold something), and never changes a file that exists.
 */
@Label("Golden files: one stored document per event type, read and written byte for byte")
class GoldenFilesTest {

  private static final String WRITE = "ltc.golden.write";

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  private static final ObjectMapper JSON = LeadToCashModule.create().strictMapper();

  private static final ObjectMapper SNAPSHOTS =
      LeadToCashModule.builder().writePersonalData(true).build().strictMapper();

  /** The golden files' layout: two spaces, {@code "name" : value}, one line per field. */
  static final ObjectWriter PRETTY =
      JSON.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  static Path file(EventCatalogue.Entry entry) {
    return GOLDEN.resolve(entry.type().name() + ".v" + entry.type().schemaVersion() + ".json");
  }

  /** Writes snapshots, which may hold personal data (DOMAIN D7.8): the host asks for it here. */
  static final ObjectWriter PRETTY_SNAPSHOTS =
      LeadToCashModule.builder()
          .writePersonalData(true)
          .build()
          .strictMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  static String written(DomainEvent event) throws IOException {
    return PRETTY.writeValueAsString(event) + "\n";
  }

  static Path file(SnapshotCatalogue.Entry entry) {
    return GOLDEN.resolve("snapshot." + entry.type() + ".v" + entry.schemaVersion() + ".json");
  }

  static String written(Aggregate<?, ?> snapshot) throws IOException {
    return PRETTY_SNAPSHOTS.writeValueAsString(snapshot) + "\n";
  }

  @Example
  @Label("every catalogue entry has its golden file, and every golden file its entry")
  void everyTypeHasItsFile() throws IOException {
    if (Boolean.getBoolean(WRITE)) {
      writeMissing();
    }
    List<String> missing = new ArrayList<>();
    TreeSet<String> expected = new TreeSet<>();
    for (EventCatalogue.Entry entry : PlanningEvents.all().entries()) {
      Path file = file(entry);
      expected.add(file.getFileName().toString());
      if (!Files.isRegularFile(file)) {
        missing.add(file.toString());
      }
    }
    for (SnapshotCatalogue.Entry entry : SnapshotSubjects.supported()) {
      Path file = file(entry);
      expected.add(file.getFileName().toString());
      if (!Files.isRegularFile(file)) {
        missing.add(file.toString());
      }
    }
    assertEquals(
        List.of(),
        missing,
        "these event types and supported snapshot types have no golden file; write them with -D"
            + WRITE
            + "=true");
    TreeSet<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files.forEach(f -> present.add(f.getFileName().toString()));
    }
    assertEquals(
        expected,
        present,
        "one golden file per event catalogue entry and supported snapshot type, and no other");
  }

  @Example
  @Label("each golden file is read into its event type and written again byte for byte")
  void goldenFilesAreReadAndWrittenByteForByte() throws IOException {
    int checked = 0;
    for (EventCatalogue.Entry entry : PlanningEvents.all().entries()) {
      Path file = file(entry);
      if (!Files.isRegularFile(file)) {
        continue; // everyTypeHasItsFile names it
      }
      String stored = Files.readString(file, StandardCharsets.UTF_8);
      DomainEvent event = JSON.readValue(stored, DomainEvent.class);
      assertEquals(entry.eventClass(), event.getClass(), file::toString);
      assertEquals(entry.type(), event.type(), file::toString);
      assertEquals(stored, written(event), () -> file + " is written again byte for byte");
      checked++;
    }
    assertTrue(checked > 0, "golden files were checked");
  }

  @Example
  @Label(
      "each supported snapshot's golden file is read into its aggregate and written byte for byte")
  void snapshotGoldenFilesAreReadAndWrittenByteForByte() throws IOException {
    int checked = 0;
    for (SnapshotCatalogue.Entry entry : SnapshotSubjects.supported()) {
      Path file = file(entry);
      if (!Files.isRegularFile(file)) {
        continue; // everyTypeHasItsFile names it
      }
      String stored = Files.readString(file, StandardCharsets.UTF_8);
      Object snapshot = SNAPSHOTS.readValue(stored, entry.aggregateClass());
      assertEquals(entry.aggregateClass(), Codecs.publicType(snapshot.getClass()), file::toString);
      assertEquals(snapshot, SNAPSHOTS.readValue(stored, Aggregate.class), file::toString);
      assertEquals(
          stored,
          written((Aggregate<?, ?>) snapshot),
          () -> file + " is written again byte for byte");
      checked++;
    }
    assertTrue(checked > 0, "snapshot golden files were checked");
  }

  private static void writeMissing() throws IOException {
    Files.createDirectories(GOLDEN);
    for (EventCatalogue.Entry entry : PlanningEvents.all().entries()) {
      Path file = file(entry);
      if (Files.exists(file)) {
        continue;
      }
      Arbitrary<? extends DomainEvent> events = LeadToCashArbitraries.of(entry.eventClass());
      DomainEvent event = events.generator(100).next(new Random(20261207L)).value();
      Files.writeString(file, written(event), StandardCharsets.UTF_8);
    }
    for (SnapshotCatalogue.Entry entry : SnapshotSubjects.supported()) {
      Path file = file(entry);
      if (Files.exists(file)) {
        continue;
      }
      RandomGenerator<? extends Aggregate<?, ?>> generator =
          LeadToCashArbitraries.of(entry.aggregateClass()).generator(100);
      Random random = new Random(20261207L);
      Aggregate<?, ?> richest = generator.next(random).value();
      for (int i = 1; i < 50; i++) {
        Aggregate<?, ?> next = generator.next(random).value();
        if (next.version() > richest.version()) {
          richest = next;
        }
      }
      Files.writeString(file, written(richest), StandardCharsets.UTF_8);
    }
  }
}
