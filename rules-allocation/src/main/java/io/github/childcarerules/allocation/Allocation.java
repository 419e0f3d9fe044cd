package io.github.childcarerules.allocation;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One recommendation of a batch's places to a request (FORMAT.md "Allocation result"): the places,
 * the last day they are held when the batch is temporary ({@code until}: then they go back to the
 * provider that gave them), and whether the board authorized them ({@code false} while its decision
 * is awaited; a recommendation the board refused is not an allocation).
 *
 * @param request the id of the request the places go to
 * @param provider the id of the provider that receives them
 * @param places the number of places, at least 1
 * @param until the last day the places are held, none when the batch is permanent
 * @param authorized whether the board authorized them
 * @since 0.1.0
 */
public record Allocation(
    String request, String provider, int places, Option<LocalDate> until, boolean authorized) {
  /**
   * A recommendation; every argument is required ({@code until} is none, never null).
   *
   * @param request the id of the request the places go to
   * @param provider the id of the provider that receives them
   * @param places the number of places, at least 1
   * @param until the last day the places are held, none when the batch is permanent
   * @param authorized whether the board authorized them
   */
  public Allocation {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(until, "until");
  }
}
