package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.relationship.GeneralRelationshipGrade;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationshipLevel;
import org.leadtocash.domain.relationship.RelationshipLayer;

/**
 * A relationship target (DOMAIN D10.1, step 3), derived from the market targets, on one of the
 * three layers of D7:
 *
 * <ul>
 *   <li>{@link RelationshipLayer#KEY key}: {@code count} key persons at least at a key-relationship
 *       level (D7.4), beyond those counted by the plan's targets at higher levels — "N key persons
 *       at supportive-and-exclusive, M at supportive";
 *   <li>{@link RelationshipLayer#ORGANISATIONAL organisational}: {@code count} customers at least
 *       at an organisational level (D7.7) — "K customers at partner level";
 *   <li>{@link RelationshipLayer#GENERAL general}: the general relationship (D7.6) at least at a
 *       grade with {@code count} customers — every customer of the scope.
 * </ul>
 *
 * <p>Exactly the level of its layer is present. A plan holds one target per layer and level, named
 * by its {@link #subject()}, which its {@link RelationshipStrategy strategies} refer to. Build one
 * with {@link #keyPersons}, {@link #customers} or {@link #general}.
 *
 * @param layer the layer; not null
 * @param keyLevel the key-relationship level, for a key target only; not null
 * @param organisationalLevel the organisational level, for an organisational target only; not null
 * @param generalGrade the general grade, for a general target only; not null
 * @param count how many persons or customers, 1 to 1000
 * @param basis how the target was derived from the market targets, in words; not null, not blank
 */
public record RelationshipTarget(
    RelationshipLayer layer,
    Optional<KeyRelationshipLevel> keyLevel,
    Optional<OrganisationalRelationshipLevel> organisationalLevel,
    Optional<GeneralRelationshipGrade> generalGrade,
    int count,
    String basis) {

  /** The largest count of a target. */
  public static final int MAX_COUNT = 1000;

  /**
   * Checks the target.
   *
   * @param layer the layer; not null
   * @param keyLevel the key-relationship level, for a key target only; not null
   * @param organisationalLevel the organisational level, for an organisational target only; not
   *     null
   * @param generalGrade the general grade, for a general target only; not null
   * @param count how many persons or customers, 1 to 1000
   * @param basis how the target was derived; not null, not blank
   * @throws IllegalArgumentException if the level of the layer is missing or another layer's level
   *     is present, the count is out of range or the basis is blank
   */
  public RelationshipTarget {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(keyLevel, "keyLevel");
    Objects.requireNonNull(organisationalLevel, "organisationalLevel");
    Objects.requireNonNull(generalGrade, "generalGrade");
    Objects.requireNonNull(basis, "basis");
    checkArgument(
        keyLevel.isPresent() == (layer == RelationshipLayer.KEY)
            && organisationalLevel.isPresent() == (layer == RelationshipLayer.ORGANISATIONAL)
            && generalGrade.isPresent() == (layer == RelationshipLayer.GENERAL),
        "the %s target names the level of its layer and no other (DOMAIN D10.1)",
        layer.label());
    checkArgument(
        count >= 1 && count <= MAX_COUNT,
        "a relationship target counts 1 to %s persons or customers, not %s (DOMAIN D10.1)",
        MAX_COUNT,
        count);
    checkArgument(!basis.isBlank(), "a relationship target says how it was derived (DOMAIN D10.1)");
  }

  /**
   * Returns a key-person target: {@code persons} key persons at least at {@code level}.
   *
   * @param level the level; not null
   * @param persons how many persons, 1 to 1000
   * @param basis how it was derived; not null, not blank
   * @return the target, never null
   */
  public static RelationshipTarget keyPersons(
      KeyRelationshipLevel level, int persons, String basis) {
    Objects.requireNonNull(level, "level");
    return new RelationshipTarget(
        RelationshipLayer.KEY,
        Optional.of(level),
        Optional.empty(),
        Optional.empty(),
        persons,
        basis);
  }

  /**
   * Returns an organisational target: {@code customers} customers at least at {@code level}.
   *
   * @param level the level; not null
   * @param customers how many customers, 1 to 1000
   * @param basis how it was derived; not null, not blank
   * @return the target, never null
   */
  public static RelationshipTarget customers(
      OrganisationalRelationshipLevel level, int customers, String basis) {
    Objects.requireNonNull(level, "level");
    return new RelationshipTarget(
        RelationshipLayer.ORGANISATIONAL,
        Optional.empty(),
        Optional.of(level),
        Optional.empty(),
        customers,
        basis);
  }

  /**
   * Returns a general target: the general relationship at least at {@code grade} with {@code
   * customers} customers.
   *
   * @param grade the grade; not null
   * @param customers how many customers, 1 to 1000
   * @param basis how it was derived; not null, not blank
   * @return the target, never null
   */
  public static RelationshipTarget general(
      GeneralRelationshipGrade grade, int customers, String basis) {
    Objects.requireNonNull(grade, "grade");
    return new RelationshipTarget(
        RelationshipLayer.GENERAL,
        Optional.empty(),
        Optional.empty(),
        Optional.of(grade),
        customers,
        basis);
  }

  /**
   * {@return what the target is about, without its count — the layer and level, e.g. "key persons
   * at supportive and exclusive", "customers at partner", "general relationship at good"; a plan
   * holds one target per subject; never null}
   */
  public String subject() {
    return switch (layer) {
      case KEY -> "key persons at " + keyLevel.orElseThrow().label();
      case ORGANISATIONAL -> "customers at " + organisationalLevel.orElseThrow().label();
      case GENERAL -> "general relationship at " + generalGrade.orElseThrow().label();
    };
  }

  /**
   * {@return the target in D10.1's words, e.g. "3 key persons at supportive and exclusive", "1
   * customer at partner or above", "general relationship at least good with 4 customers"}
   */
  public String statement() {
    return switch (layer) {
      case KEY ->
          count
              + (count == 1 ? " key person at " : " key persons at ")
              + keyLevel.orElseThrow().label();
      case ORGANISATIONAL ->
          count
              + (count == 1 ? " customer at " : " customers at ")
              + organisationalLevel.orElseThrow().label()
              + " or above";
      case GENERAL ->
          "general relationship at least "
              + generalGrade.orElseThrow().label()
              + " with "
              + count
              + (count == 1 ? " customer" : " customers");
    };
  }

  /** {@return the {@link #statement()}} */
  @Override
  public String toString() {
    return statement();
  }
}
