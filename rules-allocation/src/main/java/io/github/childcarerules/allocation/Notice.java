package io.github.childcarerules.allocation;

import java.util.Comparator;
import java.util.Objects;

/** A written notice due to a provider about one of its requests. */
public record Notice(String provider, String request, Annex annex) {
  /** By provider, then request, then annex number: the order of the result. */
  public static final Comparator<Notice> ORDER =
      Comparator.comparing(Notice::provider)
          .thenComparing(Notice::request)
          .thenComparing(notice -> notice.annex().number());

  public Notice {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(annex, "annex");
  }
}
