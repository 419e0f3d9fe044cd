package io.github.childcarerules.bench;

import io.github.childcarerules.json.ChildcareJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code GenerateScenario BATCHES REQUESTS FILE [SEED]}: writes the allocation register of {@link
 * AllocationBenchmark} (by default 1,000 batches against 100,000 requests, its seed, with the
 * board's decisions on half of the recommendations of a first run) as a scenario document, with the
 * library's own writer ({@link ChildcareJson#writeScenario}), for {@code allocate FILE --json} run
 * as a whole process.
 */
public final class GenerateScenario {
  /** The seed of {@link AllocationBenchmark}. */
  static final long DEFAULT_SEED = 20_160_104L;

  private GenerateScenario() {}

  /**
   * Writes the file.
   *
   * @param args {@code BATCHES REQUESTS FILE [SEED]}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: GenerateScenario BATCHES REQUESTS FILE [SEED]");
      System.exit(2);
    }
    int batches = Integer.parseInt(args[0]);
    int requests = Integer.parseInt(args[1]);
    long seed = args.length == 4 ? Long.parseLong(args[3]) : DEFAULT_SEED;
    String document =
        ChildcareJson.writeScenario(
            AllocationScenarios.decided(AllocationScenarios.register(batches, requests, seed)));
    Files.writeString(Path.of(args[2]), document + "\n", StandardCharsets.UTF_8);
  }
}
