package io.github.childcarerules.allocation;

import io.github.childcarerules.core.internal.MessageBundle;
import java.util.Locale;

/**
 * The sentences of a trail's events, from {@code messages_fr.properties} and {@code
 * messages_en.properties} beside this class, keyed {@code event.} + the event's name; the arguments
 * are the request, its provider, then the event's own values.
 */
final class TrailTexts {

  private TrailTexts() {}

  static String message(TrailEvent event, Locale locale) {
    String request = event.request().getOrElse("");
    String provider = event.provider().getOrElse("");
    String key = "event." + event.event();
    if (event instanceof TrailEvent.Candidate candidate) {
      return AllocationTexts.text(
          locale,
          key,
          request,
          provider,
          AllocationTexts.text(locale, "source." + candidate.source().name()));
    } else if (event instanceof TrailEvent.ProviderExcluded excluded) {
      return AllocationTexts.text(
          locale,
          key,
          request,
          provider,
          AllocationTexts.text(locale, "exclusion." + excluded.reason().name()));
    } else if (event instanceof TrailEvent.NotMaintained notMaintained) {
      return AllocationTexts.text(locale, key, request, provider, notMaintained.kept() ? 1 : 0);
    } else if (event instanceof TrailEvent.NotConform notConform) {
      return AllocationTexts.text(
          locale,
          key,
          request,
          provider,
          notConform.failed().mkString(", "),
          notConform.kept() ? 1 : 0);
    } else if (event instanceof TrailEvent.Recommended recommended) {
      return AllocationTexts.text(
          locale,
          key,
          request,
          provider,
          recommended.places(),
          recommended
              .until()
              .map(day -> AllocationTexts.text(locale, key + ".until", day.toString()))
              .getOrElse(""));
    } else if (event instanceof TrailEvent.Authorized authorized) {
      return AllocationTexts.text(
          locale, key, request, provider, authorized.places(), authorized.on().toString());
    } else if (event instanceof TrailEvent.BoardRefused refused) {
      return AllocationTexts.text(
          locale, key, request, provider, refused.places(), refused.on().toString());
    } else if (event instanceof TrailEvent.SectorLeft left) {
      return AllocationTexts.text(locale, key, left.to(), left.coverage().toPlainString());
    }
    return AllocationTexts.text(locale, key, request, provider);
  }

  /** The texts themselves, for the test that both languages have the same keys. */
  static MessageBundle bundle() {
    return AllocationTexts.MESSAGES;
  }
}
