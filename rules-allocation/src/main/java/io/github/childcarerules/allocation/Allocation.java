package io.github.childcarerules.allocation;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One recommendation of a batch's places to a request (FORMAT.md "Allocation result"): the places,
 * the last day they are held when the batch is temporary ({@code until}: then they go back to the
 * provider that gave them), and whether the board authorized them ({@code false} while its decision
 * is awaited; a recommendation the board refused is not an allocation).
 */
public record Allocation(
    String request, String provider, int places, Option<LocalDate> until, boolean authorized) {
  public Allocation {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(until, "until");
  }
}
