package org.leadtocash.domain.relationship;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Set;

/**
 * The kind of position a key person holds in the customer's organisation, as far as the decision
 * chain cares (DOMAIN D7.2): the top executives (CEO, CTO, COO) and the procurement director, who
 * are always assessed ({@link #isMandatory()}), and everyone else by seniority. The person's own
 * title is kept separately, in the customer's words ({@link KeyPerson#title()}).
 */
public enum PositionKind {
  /** Chief executive officer (首席执行官): a top executive, always assessed. */
  CEO("CEO", "chief executive officer", "首席执行官", true, true),
  /** Chief technology officer (首席技术官): a top executive, always assessed. */
  CTO("CTO", "chief technology officer", "首席技术官", true, true),
  /** Chief operating officer (首席运营官): a top executive, always assessed. */
  COO("COO", "chief operating officer", "首席运营官", true, true),
  /** Procurement director (采购总监): always assessed, though not a top executive. */
  PROCUREMENT_DIRECTOR("procurement director", "procurement director", "采购总监", false, true),
  /** Another executive (a CFO, a vice-president …): not a mandatory position. */
  OTHER_EXECUTIVE("executive", "other executive", "高管", false, false),
  /** A manager: a head of department, a project or technical lead. */
  MANAGER("manager", "manager", "经理", false, false),
  /** Staff without management responsibility: an engineer, a buyer, an assistant. */
  STAFF("staff", "staff", "员工", false, false);

  private static final ImmutableSet<PositionKind> MANDATORY =
      Sets.immutableEnumSet(
          Arrays.stream(values())
              .filter(PositionKind::isMandatory)
              .collect(ImmutableSet.toImmutableSet()));

  private final String abbreviation;
  private final String label;
  private final String chineseTerm;
  private final boolean topExecutive;
  private final boolean mandatory;

  PositionKind(
      String abbreviation,
      String label,
      String chineseTerm,
      boolean topExecutive,
      boolean mandatory) {
    this.abbreviation = abbreviation;
    this.label = label;
    this.chineseTerm = chineseTerm;
    this.topExecutive = topExecutive;
    this.mandatory = mandatory;
  }

  /**
   * Returns the mandatory positions, always assessed (D7.2): CEO, CTO, COO and the procurement
   * director.
   *
   * @return an immutable set in declaration order; never null
   */
  public static Set<PositionKind> mandatory() {
    return MANDATORY;
  }

  /** {@return the short form used on the power map, e.g. {@code CTO}; never null} */
  public String abbreviation() {
    return abbreviation;
  }

  /** {@return the kind in words, e.g. {@code chief technology officer}; never null} */
  public String label() {
    return label;
  }

  /** {@return the sources' term, e.g. {@code 首席技术官}; never null} */
  public String chineseTerm() {
    return chineseTerm;
  }

  /** {@return whether this is a top executive position: CEO, CTO or COO (D7.2)} */
  public boolean isTopExecutive() {
    return topExecutive;
  }

  /**
   * {@return whether the holder of this position is always assessed (D7.2): a top executive or the
   * procurement director}
   */
  public boolean isMandatory() {
    return mandatory;
  }
}
