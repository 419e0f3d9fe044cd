package org.example.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * The client application's own record, with its own names: every field may be null, the lists
 * included, as a form or a database row hands them over.
 */
public class Dossier {
  /** The child. */
  public Enfant enfant;

  /** The mother, father or guardian. */
  public Responsable responsable;

  /** The responsible's address. */
  public Adresse adresse;

  /** The date the youngest age bracket takes effect. */
  public LocalDate poupon;

  /** The service agreements. */
  public List<Contrat> contrats;

  /** The child's identification. */
  public static class Enfant {
    /** Last name. */
    public String nom;

    /** First name. */
    public String prenom;

    /** "F", "M" or "X", as the form sends it. */
    public String sexe;

    /** Birth date. */
    public LocalDate naissance;

    /** NIREC. */
    public String nirec;

    /** Born outside Québec: yes, no, or not answered. */
    public Boolean neHorsQuebec;
  }

  /** The adult responsible for the child. */
  public static class Responsable {
    /** Last name. */
    public String nom;

    /** First name. */
    public String prenom;

    /** "MOTHER", "FATHER", … as the form sends it. */
    public String role;
  }

  /** An address. */
  public static class Adresse {
    /** Civic number, digits. */
    public String numero;

    /** Street. */
    public String rue;

    /** Municipality. */
    public String municipalite;

    /** Postal code. */
    public String codePostal;
  }

  /** A service agreement. */
  public static class Contrat {
    /** First day. */
    public LocalDate debut;

    /** Last day. */
    public LocalDate fin;

    /** At the reduced contribution: yes, no, or not entered. */
    public Boolean reduite;

    /** Signed: yes, no, or not entered. */
    public Boolean signe;

    /** The weekdays occupied, full days. */
    public List<java.time.DayOfWeek> jours;
  }
}
