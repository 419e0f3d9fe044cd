package io.github.childcarerules.core.internal;

import static io.github.childcarerules.core.internal.reading.Entered.given;

import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.Role;
import io.github.childcarerules.core.record.Sex;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.Array;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Map;

/** RULES.md §1 to §4: the child, the responsible adults, the parent and the address. */
final class IdentityChecks {
  private static final Child NO_CHILD = Child.builder().build();
  private static final Person NOBODY = Person.builder().build();
  private static final String ROLES = Array.of(Role.values()).mkString(", ");
  private static final String SEXES = Array.of(Sex.values()).mkString(", ");
  private static final Map<String, Option<Sex>> SEX_NAMES = EnumNames.byName(Sex.values());

  private final Findings findings;

  IdentityChecks(Findings findings) {
    this.findings = findings;
  }

  /** Checks §1 to §4; returns the child's well-formed birth date, if any. */
  Option<LocalDate> check(ParentChildRecord record) {
    Option<LocalDate> birthDate = child(record.child().getOrElse(NO_CHILD));
    Person responsible = record.responsible().getOrElse(NOBODY);
    Person other = record.otherResponsible().getOrElse(NOBODY);
    responsible(responsible);
    otherResponsible(other);
    parent(
        record.child().getOrElse(NO_CHILD), responsible, other, record.parent().getOrElse(NOBODY));
    address(record.address());
    return birthDate;
  }

  private Option<LocalDate> child(Child child) {
    boolean namesRequired = given(child.nirec()) || !given(child.necsg());
    findings.reportIf(
        namesRequired && !given(child.lastName()), Rule.CHILD_LAST_NAME_REQUIRED, "child.lastName");
    findings.limitLength(child.lastName(), Rule.CHILD_LAST_NAME_TOO_LONG, "child.lastName");
    findings.reportIf(
        namesRequired && !given(child.firstName()),
        Rule.CHILD_FIRST_NAME_REQUIRED,
        "child.firstName");
    findings.limitLength(child.firstName(), Rule.CHILD_FIRST_NAME_TOO_LONG, "child.firstName");

    if (!given(child.sex())) {
      findings.report(Rule.CHILD_SEX_REQUIRED, "child.sex");
    } else if (!SEX_NAMES.containsKey(child.sex().get())) {
      findings.report(Rule.VALUE_NOT_ALLOWED, "child.sex", SEXES);
    }

    findings.reportIf(!given(child.birthDate()), Rule.CHILD_BIRTH_DATE_REQUIRED, "child.birthDate");
    Option<LocalDate> birthDate = findings.date(child.birthDate(), "child.birthDate");

    findings.reportIf(
        child.bornOutsideQuebec().isEmpty(),
        Rule.CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED,
        "child.bornOutsideQuebec");
    boolean bornInQuebec = !child.bornOutsideQuebec().getOrElse(true); // answered "no"
    findings.reportIf(
        bornInQuebec && !given(child.nirec()), Rule.CHILD_NIREC_REQUIRED, "child.nirec");
    findings.reportIf(
        bornInQuebec && given(child.necsg()), Rule.CHILD_NECSG_NOT_APPLICABLE, "child.necsg");
    return birthDate;
  }

  private void responsible(Person responsible) {
    findings.reportIf(
        !given(responsible.lastName()),
        Rule.RESPONSIBLE_LAST_NAME_REQUIRED,
        "responsible.lastName");
    findings.limitLength(
        responsible.lastName(), Rule.RESPONSIBLE_LAST_NAME_TOO_LONG, "responsible.lastName");
    findings.reportIf(
        !given(responsible.firstName()),
        Rule.RESPONSIBLE_FIRST_NAME_REQUIRED,
        "responsible.firstName");
    findings.limitLength(
        responsible.firstName(), Rule.RESPONSIBLE_FIRST_NAME_TOO_LONG, "responsible.firstName");
    role(responsible.role(), true, Rule.RESPONSIBLE_ROLE_REQUIRED, "responsible.role");
  }

  /** The other responsible is optional, but all or nothing. */
  private void otherResponsible(Person other) {
    boolean lastName = given(other.lastName());
    boolean firstName = given(other.firstName());
    boolean role = roleGiven(other.role());
    findings.reportIf(
        (firstName || role) && !lastName,
        Rule.OTHER_RESPONSIBLE_LAST_NAME_REQUIRED,
        "otherResponsible.lastName");
    findings.reportIf(
        (lastName || role) && !firstName,
        Rule.OTHER_RESPONSIBLE_FIRST_NAME_REQUIRED,
        "otherResponsible.firstName");
    findings.limitLength(
        other.lastName(), Rule.OTHER_RESPONSIBLE_LAST_NAME_TOO_LONG, "otherResponsible.lastName");
    findings.limitLength(
        other.firstName(),
        Rule.OTHER_RESPONSIBLE_FIRST_NAME_TOO_LONG,
        "otherResponsible.firstName");
    role(
        other.role(),
        lastName || firstName,
        Rule.OTHER_RESPONSIBLE_ROLE_REQUIRED,
        "otherResponsible.role");
  }

  /**
   * §3: the parent section applies to a child born outside Québec when no responsible has a parent
   * role. It is decided only when the answer and the responsibles' roles are known.
   */
  private void parent(Child child, Person responsible, Person other, Person parent) {
    if (given(parent.role()) && !isPlaceholder(parent.role()) && role(parent.role()).isEmpty()) {
      findings.report(Rule.VALUE_NOT_ALLOWED, "parent.role", ROLES);
    }
    Option<Role> responsibleRole = role(responsible.role());
    boolean otherRoleKnown = !roleGiven(other.role()) || role(other.role()).isDefined();
    if (child.bornOutsideQuebec().isEmpty() || responsibleRole.isEmpty() || !otherRoleKnown) {
      return;
    }
    boolean applies =
        child.bornOutsideQuebec().get()
            && !responsibleRole.get().isParentRole()
            && !isParentRole(other.role());
    if (!applies) {
      boolean anyGiven =
          given(parent.lastName()) || given(parent.firstName()) || roleGiven(parent.role());
      findings.reportIf(anyGiven, Rule.PARENT_NOT_APPLICABLE, "parent");
      return;
    }
    findings.reportIf(!given(parent.lastName()), Rule.PARENT_LAST_NAME_REQUIRED, "parent.lastName");
    findings.limitLength(parent.lastName(), Rule.PARENT_LAST_NAME_TOO_LONG, "parent.lastName");
    findings.reportIf(
        !given(parent.firstName()), Rule.PARENT_FIRST_NAME_REQUIRED, "parent.firstName");
    findings.limitLength(parent.firstName(), Rule.PARENT_FIRST_NAME_TOO_LONG, "parent.firstName");
    findings.reportIf(!roleGiven(parent.role()), Rule.PARENT_ROLE_REQUIRED, "parent.role");
    findings.reportIf(
        role(parent.role()).isDefined() && !isParentRole(parent.role()),
        Rule.PARENT_ROLE_NOT_A_PARENT,
        "parent.role");
  }

  private void address(Option<Address> entered) {
    Address address = entered.getOrElse(() -> Address.builder().build());
    boolean civicNumber = given(address.civicNumber());
    boolean street = given(address.street());
    boolean municipality = given(address.municipality());
    boolean postalCode = given(address.postalCode());
    if (!civicNumber
        && !street
        && !municipality
        && !postalCode
        && !given(address.civicSuffix())
        && !given(address.apartment())) {
      findings.report(Rule.ADDRESS_REQUIRED, "address");
      return;
    }
    findings.reportIf(!civicNumber, Rule.ADDRESS_INCOMPLETE, "address.civicNumber");
    findings.reportIf(!street, Rule.ADDRESS_INCOMPLETE, "address.street");
    findings.reportIf(!municipality, Rule.ADDRESS_INCOMPLETE, "address.municipality");
    findings.reportIf(!postalCode, Rule.ADDRESS_INCOMPLETE, "address.postalCode");
    findings.reportIf(
        civicNumber && !EnteredFormats.isCivicNumber(address.civicNumber().get()),
        Rule.ADDRESS_CIVIC_NUMBER_FORMAT,
        "address.civicNumber");
    findings.reportIf(
        postalCode && !EnteredFormats.isPostalCode(address.postalCode().get().strip()),
        Rule.ADDRESS_POSTAL_CODE_FORMAT,
        "address.postalCode");
  }

  /**
   * A role field: {@code required} and not given (absent, blank or the placeholder) reports {@code
   * rule}; a value outside the roles is {@code VALUE_NOT_ALLOWED}.
   */
  private void role(Option<String> value, boolean required, Rule rule, String path) {
    if (!roleGiven(value)) {
      findings.reportIf(required, rule, path);
    } else if (role(value).isEmpty()) {
      findings.report(Rule.VALUE_NOT_ALLOWED, path, ROLES);
    }
  }

  /** Given: entered, and not the placeholder {@code CHOOSE} (a value outside the roles counts). */
  static boolean roleGiven(Option<String> value) {
    return given(value) && !isPlaceholder(value);
  }

  private static boolean isPlaceholder(Option<String> value) {
    return Role.PLACEHOLDER.equals(value.getOrNull());
  }

  /** A role among the roles, and a parent role. */
  private static boolean isParentRole(Option<String> value) {
    Role role = role(value).getOrNull();
    return role != null && role.isParentRole();
  }

  private static Option<Role> role(Option<String> value) {
    return value.flatMap(Role::parse);
  }
}
