package org.leadtocash.domain.process;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.KpiId;

/**
 * The card of a process (流程卡片, DOMAIN D1.3): name, level, description, purpose, owning department,
 * owner role, parent process, child processes, inputs, outputs, metrics and control points (KCPs
 * and KDPs, D1.4).
 *
 * <p>True of every card:
 *
 * <ul>
 *   <li>name, description and purpose are not blank;
 *   <li>an L1 card has no parent, every other card has one (D1.1), never itself;
 *   <li>its child processes are distinct, never itself, and an L6 task has none (D1.1);
 *   <li>its control points have distinct names (D1.4);
 *   <li>a process at L3 or above has a short, clear card (D1.3): its description and its purpose
 *       are each at most {@value #SHORT_TEXT_LIMIT} characters and fit on one line.
 * </ul>
 *
 * <p>The owner is a {@link Position}, never a person: people move, the card stays true. Metrics are
 * {@link KpiId}s that {@code ltc-metrics} resolves to KPI definitions (D12).
 */
@Value.Immutable
@DomainStyle
public abstract class ProcessCard {

  /**
   * The most characters the description or the purpose of an L1–L3 card may have: a short, clear
   * card that travels well (D1.3, "L3及以上的流程卡片需要高度概括的,简短明确").
   */
  public static final int SHORT_TEXT_LIMIT = 200;

  ProcessCard() {}

  /** {@return the process's id; never null} */
  public abstract ProcessId id();

  /** {@return the process's name, e.g. {@code Manage Opportunity Points}; never null} */
  public abstract String name();

  /** {@return the process's level (D1.1); never null} */
  public abstract ProcessLevel level();

  /** {@return what the process does; never null, short at L1–L3} */
  public abstract String description();

  /** {@return why the process exists, the value it creates; never null, short at L1–L3} */
  public abstract String purpose();

  /** {@return the department responsible for the process (责任部门); never null} */
  public abstract Department owningDepartment();

  /** {@return the position that owns the process (责任人, a position, not a person); never null} */
  public abstract Position ownerRole();

  /** {@return the parent process (上层流程), empty for an L1 process category; never null} */
  public abstract Optional<ProcessId> parent();

  /** {@return the child processes (下级流程集合), in order; never null} */
  public abstract List<ProcessId> children();

  /** {@return what the process takes in, e.g. {@code nurtured leads}; never null} */
  public abstract List<String> inputs();

  /** {@return what the process produces; never null} */
  public abstract List<String> outputs();

  /** {@return the KPIs the process is measured by (流程 Metrics, D12); never null} */
  public abstract Set<KpiId> metrics();

  /** {@return the process's KCPs and KDPs, in order (D1.4); never null} */
  public abstract List<ControlPoint> controlPoints();

  /** {@return the process's key control points, in order (D1.4); never null} */
  public List<KeyControlPoint> kcps() {
    return controlPoints().stream()
        .filter(KeyControlPoint.class::isInstance)
        .map(KeyControlPoint.class::cast)
        .toList();
  }

  /** {@return the process's key decision points, in order (D1.4); never null} */
  public List<KeyDecisionPoint> kdps() {
    return controlPoints().stream()
        .filter(KeyDecisionPoint.class::isInstance)
        .map(KeyDecisionPoint.class::cast)
        .toList();
  }

  /**
   * Returns whether a text is short enough for the description or purpose of a card at the given
   * level (D1.3): always at L4–L6; at L1–L3 at most {@value #SHORT_TEXT_LIMIT} characters on one
   * line.
   *
   * @param level the card's level; not null
   * @param text the description or purpose; not null
   * @return whether the text fits the card
   */
  public static boolean fitsCard(ProcessLevel level, String text) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(text, "text");
    return level.concern() == ProcessConcern.HOW
        || (text.length() <= SHORT_TEXT_LIMIT && text.lines().count() <= 1);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProcessCard}; id, name, level, description, purpose, owning department and
   * owner role are required.
   */
  public static final class Builder extends ImmutableProcessCard.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.line(name(), "name");
    FreeText.note(description(), "description");
    FreeText.note(purpose(), "purpose");
    checkArgument(!name().isBlank(), "a process card has a name (DOMAIN D1.3)");
    checkArgument(
        !description().isBlank(), "process card %s has a description (DOMAIN D1.3)", id());
    checkArgument(!purpose().isBlank(), "process card %s states its purpose (DOMAIN D1.3)", id());
    checkArgument(
        (level() == ProcessLevel.L1) == parent().isEmpty(),
        "%s: an L1 process category has no parent, and every other process has one (DOMAIN D1.1)",
        id());
    checkArgument(
        !parent().equals(Optional.of(id())),
        "process %s is not its own parent (DOMAIN D1.1)",
        id());
    checkArgument(
        !children().contains(id()), "process %s is not its own child (DOMAIN D1.1)", id());
    checkArgument(
        new HashSet<>(children()).size() == children().size(),
        "process %s lists each child once (DOMAIN D1.1)",
        id());
    checkArgument(
        level() != ProcessLevel.L6 || children().isEmpty(),
        "%s is an L6 task, the lowest level: it has no child processes (DOMAIN D1.1)",
        id());
    checkArgument(
        controlPoints().stream().map(ControlPoint::name).distinct().count()
            == controlPoints().size(),
        "the control points of %s have distinct names (DOMAIN D1.4)",
        id());
    checkArgument(
        fitsCard(level(), description()),
        "a process at L3 or above has a short, clear card: the description of %s has %s"
            + " characters, at most %s on one line (DOMAIN D1.3)",
        id(),
        description().length(),
        SHORT_TEXT_LIMIT);
    checkArgument(
        fitsCard(level(), purpose()),
        "a process at L3 or above has a short, clear card: the purpose of %s has %s"
            + " characters, at most %s on one line (DOMAIN D1.3)",
        id(),
        purpose().length(),
        SHORT_TEXT_LIMIT);
  }
}
