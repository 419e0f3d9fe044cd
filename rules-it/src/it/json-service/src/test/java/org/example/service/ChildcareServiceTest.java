package org.example.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChildcareServiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ChildcareService service = new ChildcareService(Locale.ENGLISH);

  @Test
  void aRecordWithProblemsGetsItsReport() throws IOException {
    String body =
        "{\"child\": {\"lastName\": \"" + "x".repeat(51) + "\", \"birthDate\": \"2023-02-30\"}}";

    ChildcareService.Response response = service.validate(body);

    assertEquals(200, response.status());
    JsonNode report = JSON.readTree(response.body());
    assertEquals(false, report.get("valid").booleanValue());
    boolean tooLong = false;
    for (JsonNode violation : report.get("violations")) {
      if (violation.get("rule").textValue().equals("CHILD_LAST_NAME_TOO_LONG")) {
        tooLong = true;
        assertEquals("child.lastName", violation.get("path").textValue());
        assertEquals("ERROR", violation.get("severity").textValue());
      }
    }
    assertTrue(tooLong, response.body());
  }

  @Test
  void anUnusableBodyIsOneLineNamingWhere() {
    ChildcareService.Response response = service.validate("{\"child\": {\"nirec\": 123}}");

    assertEquals(400, response.status());
    assertEquals("child.nirec: expected a string or null, found a number", response.body());
  }

  @Test
  void aScenarioIsAllocatedAsTheContractsWorkedExampleSays() throws IOException {
    ChildcareService.Response response = service.allocate(resource("allocation-scenario.json"));

    assertEquals(200, response.status());
    JsonNode expected = JSON.readTree(resource("allocation-scenario.expected.json"));
    assertEquals(expected.get("output"), JSON.readTree(response.body()));
  }

  @Test
  void aScenarioWithAnErrorGetsItsReport() throws IOException {
    ChildcareService.Response response =
        service.allocate("{\"asOf\": \"2016-02-30\", \"batches\": [{\"id\": \"B1\"}]}");

    assertEquals(422, response.status());
    assertEquals(false, JSON.readTree(response.body()).get("valid").booleanValue());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ChildcareServiceTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
