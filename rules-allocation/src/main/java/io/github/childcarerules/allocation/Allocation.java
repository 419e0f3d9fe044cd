package io.github.childcarerules.allocation;

import java.util.Objects;

/** Places of a batch recommended for one request. */
public record Allocation(String request, String provider, int places) {
  public Allocation {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(provider, "provider");
  }
}
