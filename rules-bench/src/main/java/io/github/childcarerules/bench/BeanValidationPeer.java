package io.github.childcarerules.bench;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a Java team would write without the library: a DTO annotated with Jakarta Bean Validation
 * constraints. It can only express the field-level part of the rules (required, length, format);
 * conditions between fields, overlaps, brackets and care days need custom code on top.
 */
final class BeanValidationPeer {
  private static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

  private BeanValidationPeer() {}

  record RecordDto(
      @NotNull @Valid ChildDto child,
      @NotNull @Valid PersonDto responsible,
      @NotNull @Valid AddressDto address,
      @NotEmpty List<@Valid AgreementDto> agreements) {}

  record ChildDto(
      @NotBlank @Size(max = 50) String lastName,
      @NotBlank @Size(max = 50) String firstName,
      @NotBlank @Pattern(regexp = "F|M|X") String sex,
      @NotBlank @Pattern(regexp = DATE) String birthDate,
      String nirec,
      String necsg,
      @NotNull Boolean bornOutsideQuebec) {}

  record PersonDto(
      @NotBlank @Size(max = 50) String lastName,
      @NotBlank @Size(max = 50) String firstName,
      @NotBlank
          @Pattern(regexp = "MOTHER|BIOLOGICAL_MOTHER|FATHER|LEGAL_GUARDIAN|FOSTER_FAMILY|OTHER")
          String role) {}

  record AddressDto(
      @NotBlank @Pattern(regexp = "[0-9]{1,6}") String civicNumber,
      @NotBlank String street,
      @NotBlank String municipality,
      @NotBlank
          @Pattern(
              regexp =
                  "[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9]" + "[ABCEGHJ-NPRSTV-Z][0-9]",
              flags = Pattern.Flag.CASE_INSENSITIVE)
          String postalCode) {}

  record AgreementDto(
      @NotBlank @Pattern(regexp = DATE) String start,
      @NotBlank @Pattern(regexp = DATE) String end) {}

  static RecordDto of(ParentChildRecord record) {
    Child child = record.child().get();
    Person responsible = record.responsible().get();
    Address address = record.address().get();
    return new RecordDto(
        new ChildDto(
            child.lastName().getOrNull(),
            child.firstName().getOrNull(),
            child.sex().getOrNull(),
            child.birthDate().getOrNull(),
            child.nirec().getOrNull(),
            child.necsg().getOrNull(),
            child.bornOutsideQuebec().getOrNull()),
        new PersonDto(
            responsible.lastName().getOrNull(),
            responsible.firstName().getOrNull(),
            responsible.role().getOrNull()),
        new AddressDto(
            address.civicNumber().getOrNull(),
            address.street().getOrNull(),
            address.municipality().getOrNull(),
            address.postalCode().getOrNull()),
        record.agreements().map(BeanValidationPeer::agreement).toJavaList());
  }

  private static AgreementDto agreement(Agreement agreement) {
    return new AgreementDto(agreement.start().getOrNull(), agreement.end().getOrNull());
  }
}
