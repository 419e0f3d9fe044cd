package org.example.service;

import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.json.ChildcareJson;
import java.util.Locale;

/**
 * What a web service's handlers do with rules-json, without a web framework: a request body in,
 * a status and a body out.
 */
public final class ChildcareService {
  /** An answer: an HTTP status and its body (FORMAT.md JSON, or the one line of unusable input). */
  public record Response(int status, String body) {}

  private final Locale locale;

  /** A service answering in {@code locale}'s language. */
  public ChildcareService(Locale locale) {
    this.locale = locale;
  }

  /** POST /records/validation: 200 with the report, or 400 with why the body is unusable. */
  public Response validate(String body) {
    return ChildcareJson.readRecord(body)
        .fold(
            unusable -> new Response(400, unusable.message()),
            record -> {
              ValidationReport report = RecordValidator.validate(record);
              return new Response(200, ChildcareJson.writeReport(report, locale));
            });
  }

  /**
   * POST /allocations: 200 with the result, 422 with the report when the scenario has an error,
   * or 400 when the body is unusable.
   */
  public Response allocate(String body) {
    return ChildcareJson.readScenario(body)
        .fold(
            unusable -> new Response(400, unusable.message()),
            scenario ->
                Allocator.allocate(scenario)
                    .fold(
                        report -> new Response(422, ChildcareJson.writeReport(report, locale)),
                        result -> new Response(200, ChildcareJson.writeAllocationResult(result))));
  }
}
