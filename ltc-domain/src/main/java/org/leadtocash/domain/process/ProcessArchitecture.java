package org.leadtocash.domain.process;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.AggregateStyle;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Replay;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;

/**
 * A process architecture: the tree of process cards of one L1 process category, such as Lead to
 * Cash, and the record of every adaptation made to it (DOMAIN D1).
 *
 * <p>Its story: headquarters {@link #establish establishes} it from the global standard, a {@link
 * ProcessCatalogue} designed top-down; what headquarters puts on a card — control points, outputs,
 * metrics — becomes its {@linkplain #requirementsOf requirement} for that process. The organisation
 * then {@link #adapt adapts} it within the rights of D1.2 ({@link AdaptationRights}): headquarters
 * anywhere; a region (and an area) only L4, with a recorded company approval; a representative
 * office only L5/L6, on top of the global standard. Below headquarters no adaptation removes what
 * headquarters requires, nor retires a process of the global standard. Every accepted adaptation is
 * {@linkplain #adaptations() recorded}: who, what, with which approval, when. Adaptations are
 * recorded in time order: one dated before the architecture's {@link #lastEventAt() last event} is
 * refused.
 *
 * <p>Refusals: adapting a level one does not own throws {@link AccessDeniedException} — the
 * question is who may, not whether the change is sound — and breaking the terms of a right held (no
 * approval, dropping a headquarters requirement) throws {@link
 * org.leadtocash.domain.common.RuleViolationException}; both name rule D1.2. A change that does not
 * fit the tree (an unknown process, a child at the wrong level, a revision that moves the card) is
 * a caller mistake and throws {@link IllegalArgumentException}.
 *
 * <p>A host that keeps one variant per region or office holds one architecture per unit, each
 * established from the same standard, such as {@link LtcCatalogue#standard()}.
 *
 * <p>A stored snapshot is input too, and is restored the way every aggregate restores one: the
 * state's style is {@link AggregateStyle}, so {@link #restore()} returns a public {@link Restore}
 * builder whose setters a host or a codec calls from any package, directly or by reflection; a
 * {@code @Value.Check} checks every invariant of the state — every fact the commands guarantee —
 * and refuses a broken snapshot with an {@link IllegalArgumentException} naming the attribute and
 * the DOMAIN rule. The check runs on every state the commands produce as well, so it never refuses
 * a state they reach. The restored snapshot is continued with {@link #replay(ProcessArchitecture,
 * List) replay(snapshot, eventsAfter)}.
 */
@Value.Immutable
@AggregateStyle
public abstract class ProcessArchitecture
    implements Aggregate<ProcessId, ProcessArchitectureEvent> {

  private static final Replay<ProcessArchitecture, ProcessArchitectureEvent> REPLAY =
      Replay.of(
          "ProcessArchitecture",
          RuleId.D1_2,
          ArchitectureEstablished.class,
          ProcessArchitecture::reestablish,
          ProcessArchitecture::redo,
          ProcessArchitecture::stateName);

  ProcessArchitecture() {}

  /** {@return the architecture's id: the id of its L1 process category; never null} */
  @Override
  public abstract ProcessId id();

  @Override
  public abstract long version();

  /** {@return when headquarters established the architecture; never null} */
  public abstract Instant establishedAt();

  /** {@return when the latest event happened; no adaptation is dated before it; never null} */
  @Override
  public abstract Instant lastEventAt();

  /** {@return the current tree of process cards, with every adaptation applied; never null} */
  public abstract ProcessCatalogue catalogue();

  /**
   * {@return headquarters' requirements per process of the global standard: the processes
   * headquarters established or last set, with what their cards must keep (D1.2); never null}
   */
  public abstract Map<ProcessId, HeadquartersRequirements> headquartersRequirements();

  /** {@return every accepted adaptation, oldest first (D1.2); never null} */
  public abstract List<Adaptation> adaptations();

  /**
   * Returns the current card of a process.
   *
   * @param process the process; not null
   * @return its card, or empty if the architecture does not hold it; never null
   */
  public Optional<ProcessCard> card(ProcessId process) {
    return catalogue().card(process);
  }

  /**
   * Returns what adaptations below headquarters must keep on a process's card (D1.2).
   *
   * @param process the process; not null
   * @return headquarters' requirements, or empty if the process is not of the global standard (a
   *     local addition); never null
   */
  public Optional<HeadquartersRequirements> requirementsOf(ProcessId process) {
    Objects.requireNonNull(process, "process");
    return Optional.ofNullable(headquartersRequirements().get(process));
  }

  /**
   * Returns whether a process belongs to the global standard: headquarters established or added it.
   *
   * @param process the process; not null
   * @return whether it is of the global standard
   */
  public boolean isGlobalStandard(ProcessId process) {
    return requirementsOf(process).isPresent();
  }

  // ---------------------------------------------------------------- commands

  /**
   * Headquarters establishes the architecture from its global standard, designed top-down (D1.1,
   * D1.2): every card of the standard carries headquarters' requirements.
   *
   * @param standard the global standard; not null
   * @param at when; not null
   * @return the architecture, named by the standard's L1 process, with its {@link
   *     ArchitectureEstablished} event
   */
  public static Transition<ProcessArchitecture, ProcessArchitectureEvent> establish(
      ProcessCatalogue standard, Instant at) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(at, "at");
    ArchitectureEstablished established =
        new ArchitectureEstablished(standard.root().id(), 1, standard, at);
    return Transition.of(initial(established), established);
  }

  /**
   * Adapts one process without a company approval, if the adapting organisation level has the right
   * to (D1.2): headquarters anywhere, a representative office on L5/L6. A region or an area adapts
   * with {@link #adapt(ProcessId, ProcessChange, OrganisationLevel, CompanyApproval, Instant) a
   * company approval}.
   *
   * @param process the process adapted; for an addition, the new process's parent; not null
   * @param change what changes; not null
   * @param by the organisation level that adapts; not null
   * @param at when; not null, not before the {@link #lastEventAt() last event}
   * @return the adapted architecture, with its {@link ProcessAdapted} event
   * @throws IllegalArgumentException if the process is unknown, or the change does not fit the
   *     tree: a revision with another id, level, parent or children; an addition not one level
   *     below {@code process}, with an id already used, or with children of its own
   * @throws AccessDeniedException if {@code by} may not adapt a level the change touches (D1.2)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event (D1.2); if the L1 process is retired (D1.1); if {@code by} is a region or an area,
   *     which needs a company approval (D1.2); if an adaptation below headquarters drops a control
   *     point, output or metric headquarters requires, or retires a process of the global standard
   *     (D1.2)
   */
  public Transition<ProcessArchitecture, ProcessArchitectureEvent> adapt(
      ProcessId process, ProcessChange change, OrganisationLevel by, Instant at) {
    return adapt(process, change, by, Optional.empty(), at);
  }

  /**
   * Adapts one process with a recorded company approval, if the adapting organisation level has the
   * right to (D1.2): a region or an area adapts L4 only so.
   *
   * <p>The levels adapted are: for a {@link ReviseCard revision}, the process's level; for an
   * {@link AddProcess addition}, the new child's level; for a {@link RetireProcess retirement}, the
   * levels of the process and of everything below it. {@link AdaptationRights#of} says who may
   * adapt them and on what terms.
   *
   * @param process the process adapted; for an addition, the new process's parent; not null
   * @param change what changes; not null
   * @param by the organisation level that adapts; not null
   * @param approval the company approval; it names {@code process} and predates {@code at}; not
   *     null
   * @param at when; not null, not before the {@link #lastEventAt() last event}
   * @return the adapted architecture, with its {@link ProcessAdapted} event
   * @throws IllegalArgumentException if the process is unknown, or the change does not fit the
   *     tree: a revision with another id, level, parent or children; an addition not one level
   *     below {@code process}, with an id already used, or with children of its own
   * @throws AccessDeniedException if {@code by} may not adapt a level the change touches (D1.2)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event (D1.2); if the L1 process is retired (D1.1); if the approval is for another process
   *     or given later (D1.2); if an adaptation below headquarters drops a control point, output or
   *     metric headquarters requires, or retires a process of the global standard (D1.2)
   */
  public Transition<ProcessArchitecture, ProcessArchitectureEvent> adapt(
      ProcessId process,
      ProcessChange change,
      OrganisationLevel by,
      CompanyApproval approval,
      Instant at) {
    Objects.requireNonNull(approval, "approval");
    return adapt(process, change, by, Optional.of(approval), at);
  }

  private Transition<ProcessArchitecture, ProcessArchitectureEvent> adapt(
      ProcessId process,
      ProcessChange change,
      OrganisationLevel by,
      Optional<CompanyApproval> approval,
      Instant at) {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Guard.of("ProcessArchitecture " + id(), stateName(), "adapt")
        .require(
            !at.isBefore(lastEventAt()),
            RuleId.D1_2,
            "adaptations are recorded in time order: %s is before the architecture's last event at"
                + " %s",
            at,
            lastEventAt());
    ProcessCard target = catalogue().cardOf(process);
    Guard guard =
        Guard.of("ProcessArchitecture " + id(), process + " at " + target.level().name(), "adapt")
            .require(
                !at.isBefore(lastEventAt()),
                RuleId.D1_2,
                "adaptations are recorded in time order: %s is before the architecture's last"
                    + " event at %s",
                at,
                lastEventAt());
    Set<ProcessLevel> touched = checkedFit(target, change, guard);
    AdaptationRights rights = AdaptationRights.of(by);
    for (ProcessLevel level : touched) {
      if (!rights.allows(level)) {
        throw new AccessDeniedException(
            guard.aggregate(),
            guard.state(),
            guard.command(),
            RuleId.D1_2,
            String.format(
                "%s may adapt only %s, not %s%s",
                who(by),
                names(rights.levels()),
                level.name(),
                level.concern() == ProcessConcern.WHAT
                    ? " (L1-L3 say what to do: headquarters owns them with their KCPs and KDPs)"
                    : ""));
      }
    }
    guard.require(
        !rights.needsCompanyApproval() || approval.isPresent(),
        RuleId.D1_2,
        "%s adapts %s only with a recorded company approval, and there is none",
        who(by),
        names(touched));
    if (approval.isPresent()) {
      CompanyApproval given = approval.get();
      guard.require(
          given.covers(process, at),
          RuleId.D1_2,
          "company approval %s covers %s from %s, not %s at %s",
          given.reference(),
          given.process(),
          given.approvedAt(),
          process,
          at);
    }
    if (rights.keepsHeadquartersRequirements()) {
      checkRequirementsKept(process, change, by, guard);
    }
    return next(
        new ProcessAdapted(id(), version() + 1, new Adaptation(process, change, by, approval, at)));
  }

  /**
   * Rebuilds an architecture from its whole history, oldest first, as strictly as its commands
   * (DOMAIN D1.1, D1.2): each adaptation is made again, by the organisation level and with the
   * approval it records, on the architecture reached so far, and must produce exactly the stored
   * event.
   *
   * @param history the architecture's events, starting with its {@link ArchitectureEstablished};
   *     not null, not empty
   * @return the architecture, equal to the one the commands produced; never null
   * @throws IllegalArgumentException if the history is empty
   * @throws org.leadtocash.domain.common.RejectedHistoryException if the history does not start
   *     with the establishment at version 1, holds another architecture's event, skips, repeats or
   *     reorders a version, goes back in time, or holds an adaptation the architecture does not
   *     accept: one that does not fit the tree, one beyond the rights of the level that made it,
   *     without the approval it needs, or dropping what headquarters requires (D1.1, D1.2)
   */
  public static ProcessArchitecture replay(List<? extends ProcessArchitectureEvent> history) {
    return REPLAY.history(history);
  }

  /**
   * Rebuilds an architecture from a snapshot of its state and the events stored after it, as
   * strictly as {@link #replay(List)} (DOMAIN D1.2).
   *
   * @param snapshot the architecture as it was at some version; not null
   * @param eventsAfter the events after the snapshot, oldest first, starting at the snapshot's
   *     version plus one; not null, may be empty
   * @return the architecture, equal to the one its whole history replays to; never null
   * @throws org.leadtocash.domain.common.RejectedHistoryException if the events do not continue the
   *     snapshot (another architecture's, a gap, a duplicate, back in time) or hold an adaptation
   *     the architecture does not accept (D1.1, D1.2)
   */
  public static ProcessArchitecture replay(
      ProcessArchitecture snapshot, List<? extends ProcessArchitectureEvent> eventsAfter) {
    return REPLAY.continueFrom(snapshot, eventsAfter);
  }

  /** Makes the adaptation an event records again (see {@link #replay(List)}). */
  private Transition<ProcessArchitecture, ProcessArchitectureEvent> redo(
      ProcessArchitectureEvent event) {
    if (event instanceof ProcessAdapted adapted) {
      Adaptation adaptation = adapted.adaptation();
      return adapt(
          adaptation.process(),
          adaptation.change(),
          adaptation.by(),
          adaptation.approval(),
          adaptation.at());
    }
    throw Guard.of("ProcessArchitecture " + id(), stateName(), "establish")
        .violation(RuleId.D1_2, "the architecture is already established");
  }

  private static Transition<ProcessArchitecture, ProcessArchitectureEvent> reestablish(
      ProcessArchitectureEvent event) {
    ArchitectureEstablished established = (ArchitectureEstablished) event;
    return establish(established.standard(), established.occurredAt());
  }

  private String stateName() {
    return adaptations().isEmpty() ? "ESTABLISHED" : "ADAPTED";
  }

  // ---------------------------------------------------------------- rules

  /** Checks that the change fits the tree and returns the levels it touches. */
  private Set<ProcessLevel> checkedFit(ProcessCard target, ProcessChange change, Guard guard) {
    Set<ProcessLevel> touched = new TreeSet<>();
    if (change instanceof ReviseCard revise) {
      ProcessCard card = revise.card();
      checkArgument(
          card.id().equals(target.id()),
          "a revision of %s carries the card of %s, not of %s",
          target.id(),
          target.id(),
          card.id());
      checkArgument(
          card.level() == target.level()
              && card.parent().equals(target.parent())
              && card.children().equals(target.children()),
          "a revision keeps the place of %s in the tree: level, parent and children (DOMAIN D1.1);"
              + " add or retire processes instead",
          target.id());
      touched.add(target.level());
    } else if (change instanceof AddProcess add) {
      ProcessCard card = add.card();
      checkArgument(
          card.parent().equals(Optional.of(target.id())),
          "a process added under %s names it as its parent, not %s",
          target.id(),
          card.parent().map(ProcessId::toString).orElse("none"));
      checkArgument(
          target.level().below().equals(Optional.of(card.level())),
          "a child of %s at %s is at the level below, not %s (DOMAIN D1.1)",
          target.id(),
          target.level().name(),
          card.level().name());
      checkArgument(
          !catalogue().contains(card.id()),
          "process %s is already in architecture %s",
          card.id(),
          id());
      checkArgument(card.children().isEmpty(), "a new process %s has no children yet", card.id());
      touched.add(card.level());
    } else if (change instanceof RetireProcess) {
      guard.require(
          target.parent().isPresent(),
          RuleId.D1_1,
          "the L1 process category is the architecture itself and is not retired");
      touched.add(target.level());
      catalogue().descendants(target.id()).forEach(c -> touched.add(c.level()));
    } else {
      throw new AssertionError("unknown process change " + change);
    }
    return touched;
  }

  /** Below headquarters: keep headquarters' requirements, and retire only local processes. */
  private void checkRequirementsKept(
      ProcessId process, ProcessChange change, OrganisationLevel by, Guard guard) {
    if (change instanceof ReviseCard revise) {
      Optional<HeadquartersRequirements> dropped =
          requirementsOf(process)
              .map(r -> r.missingFrom(revise.card()))
              .filter(missing -> !missing.isEmpty());
      guard.require(
          dropped.isEmpty(),
          RuleId.D1_2,
          "%s keeps headquarters' control and data-integration requirements, but the revision"
              + " drops %s",
          who(by),
          dropped.map(HeadquartersRequirements::toString).orElse("nothing"));
    } else if (change instanceof RetireProcess) {
      List<ProcessId> standard = new ArrayList<>();
      if (isGlobalStandard(process)) {
        standard.add(process);
      }
      catalogue().descendants(process).stream()
          .map(ProcessCard::id)
          .filter(this::isGlobalStandard)
          .forEach(standard::add);
      guard.require(
          standard.isEmpty(),
          RuleId.D1_2,
          "%s adapts on top of the global standard and retires only local processes, but %s"
              + " belong to the standard",
          who(by),
          standard);
    }
  }

  private static String who(OrganisationLevel by) {
    return switch (by) {
      case HEADQUARTERS -> "headquarters";
      case AREA -> "an area";
      case REGION -> "a region";
      case REPRESENTATIVE_OFFICE -> "a representative office";
    };
  }

  private static String names(Set<ProcessLevel> levels) {
    return levels.stream().sorted().map(ProcessLevel::name).collect(Collectors.joining("/"));
  }

  // ---------------------------------------------------------------- restore

  /**
   * Returns a builder that restores an architecture from the attributes of a stored snapshot: for a
   * host or a codec that stored an architecture's state (say, as JSON in a database) and reads it
   * back. Normally an architecture comes from its commands, or from {@link #replay(List)}; a
   * restored snapshot is continued with {@link #replay(ProcessArchitecture, List) replay(snapshot,
   * eventsAfter)}.
   *
   * <p>A snapshot is input, checked as strictly as a command: {@link Restore#build() build()}
   * checks every invariant of an architecture's state — what its commands guarantee — and throws an
   * {@link IllegalArgumentException} naming the attribute and the DOMAIN rule a tampered or broken
   * snapshot breaks (see {@link Restore}).
   *
   * <pre>{@code
   * ProcessArchitecture snapshot = ProcessArchitecture.restore().from(stored).build();
   * ProcessArchitecture architecture = ProcessArchitecture.replay(snapshot, eventsAfter);
   * }</pre>
   *
   * @return a new builder, never null
   */
  public static Restore restore() {
    return new Restore();
  }

  /**
   * Restores a {@link ProcessArchitecture} from the attributes of a stored snapshot (see {@link
   * #restore()}). Every attribute is set through its public setter; id, version, establishedAt,
   * lastEventAt and catalogue are required, the requirements and adaptations default to empty.
   *
   * <p>{@link #build()} checks every invariant of the state: the architecture is named by its L1
   * process category, the root of its catalogue (D1.1); headquarters' requirements are of processes
   * the catalogue holds, the L1 process among them, and each card keeps what headquarters requires
   * of it (D1.2); each recorded adaptation fits what it changes — a revision of the process it was
   * sent to, an addition under it (D1.1) — and stays within the rights of the level that made it:
   * the levels it may adapt, the company approval it needs, an approval of that process given no
   * later (D1.2); time never goes back — the adaptations oldest first after the establishment, the
   * last of them at lastEventAt (D1.2); and the version counts the establishment and each
   * adaptation (D1.2). It throws an {@link IllegalArgumentException} naming the attribute and the
   * rule of the first broken one.
   */
  public static final class Restore extends ImmutableProcessArchitecture.Builder {
    Restore() {}
  }

  /**
   * Checks every invariant of the state, as strictly as the commands (see {@link Restore}): every
   * state the commands reach passes it, and a restored snapshot that breaks one is refused with an
   * {@link IllegalArgumentException} naming the attribute and the rule. What a part checks itself
   * (the {@link ProcessCatalogue}'s tree) is not repeated.
   */
  @Value.Check
  void check() {
    checkArgument(
        id().equals(catalogue().root().id()),
        "architecture %s: catalogue is rooted at %s; an architecture is named by its L1 process"
            + " category (DOMAIN D1.1)",
        id(),
        catalogue().root().id());
    checkRequirements();
    checkAdaptations();
  }

  /** Headquarters' requirements: of processes held, the L1 among them, each kept (D1.2). */
  private void checkRequirements() {
    checkArgument(
        headquartersRequirements().containsKey(id()),
        "architecture %s: headquartersRequirements lack the L1 process %s, which is of the global"
            + " standard (DOMAIN D1.2)",
        id(),
        id());
    headquartersRequirements()
        .forEach(
            (process, requirements) -> {
              Optional<ProcessCard> card = catalogue().card(process);
              checkArgument(
                  card.isPresent(),
                  "architecture %s: headquartersRequirements name process %s, which the catalogue"
                      + " does not hold (DOMAIN D1.2)",
                  id(),
                  process);
              HeadquartersRequirements missing = requirements.missingFrom(card.get());
              checkArgument(
                  missing.isEmpty(),
                  "architecture %s: catalogue: the card of %s drops %s, which"
                      + " headquartersRequirements require (DOMAIN D1.2)",
                  id(),
                  process,
                  missing);
            });
  }

  /**
   * The adaptations: each fits what it changes and stays within the rights of the level that made
   * it, oldest first after the establishment; the version counts them (D1.1, D1.2).
   */
  private void checkAdaptations() {
    Instant previous = establishedAt();
    for (int i = 0; i < adaptations().size(); i++) {
      Adaptation adaptation = adaptations().get(i);
      int n = i + 1;
      checkArgument(
          !adaptation.at().isBefore(previous),
          "architecture %s: adaptations: adaptation %s at %s is before %s: adaptations are"
              + " recorded in time order after the establishment (DOMAIN D1.2)",
          id(),
          n,
          adaptation.at(),
          previous);
      previous = adaptation.at();
      AdaptationRights rights = AdaptationRights.of(adaptation.by());
      ProcessChange change = adaptation.change();
      if (change instanceof ReviseCard revise) {
        checkArgument(
            revise.card().id().equals(adaptation.process()),
            "architecture %s: adaptations: adaptation %s revises the card of %s, not of %s, the"
                + " process it was sent to (DOMAIN D1.1)",
            id(),
            n,
            revise.card().id(),
            adaptation.process());
        checkLevel(n, adaptation, rights, revise.card().level());
      } else if (change instanceof AddProcess add) {
        checkArgument(
            add.card().parent().equals(Optional.of(adaptation.process())),
            "architecture %s: adaptations: adaptation %s adds %s under %s, not under %s, the"
                + " process it was sent to (DOMAIN D1.1)",
            id(),
            n,
            add.card().id(),
            add.card().parent().map(ProcessId::toString).orElse("nothing"),
            adaptation.process());
        checkLevel(n, adaptation, rights, add.card().level());
      } else {
        checkArgument(
            !adaptation.process().equals(id()),
            "architecture %s: adaptations: adaptation %s retires the L1 process category, which is"
                + " the architecture itself (DOMAIN D1.1)",
            id(),
            n);
      }
      checkArgument(
          !rights.needsCompanyApproval() || adaptation.approval().isPresent(),
          "architecture %s: adaptations: adaptation %s by %s has no company approval, which that"
              + " level needs (DOMAIN D1.2)",
          id(),
          n,
          adaptation.by());
      adaptation
          .approval()
          .ifPresent(
              approval ->
                  checkArgument(
                      approval.covers(adaptation.process(), adaptation.at()),
                      "architecture %s: adaptations: adaptation %s of %s at %s carries company"
                          + " approval %s, which covers %s from %s (DOMAIN D1.2)",
                      id(),
                      n,
                      adaptation.process(),
                      adaptation.at(),
                      approval.reference(),
                      approval.process(),
                      approval.approvedAt()));
    }
    checkArgument(
        lastEventAt().equals(previous),
        "architecture %s: lastEventAt %s is not %s, when its last event happened: %s (DOMAIN"
            + " D1.2)",
        id(),
        lastEventAt(),
        previous,
        adaptations().isEmpty() ? "the establishment" : "its last adaptation");
    checkArgument(
        version() == 1L + adaptations().size(),
        "architecture %s: version is %s, not %s, the number of events its state records: the"
            + " establishment and %s adaptations (DOMAIN D1.2)",
        id(),
        version(),
        1L + adaptations().size(),
        adaptations().size());
  }

  /** Checks that the level that made an adaptation may adapt the level of the card (D1.2). */
  private void checkLevel(
      int n, Adaptation adaptation, AdaptationRights rights, ProcessLevel level) {
    checkArgument(
        rights.allows(level),
        "architecture %s: adaptations: adaptation %s by %s adapts %s, and that level may adapt"
            + " only %s (DOMAIN D1.2)",
        id(),
        n,
        adaptation.by(),
        level.name(),
        names(rights.levels()));
  }

  // ---------------------------------------------------------------- events

  private static ProcessArchitecture initial(ArchitectureEstablished established) {
    Map<ProcessId, HeadquartersRequirements> requirements = new LinkedHashMap<>();
    established
        .standard()
        .cards()
        .forEach(card -> requirements.put(card.id(), HeadquartersRequirements.of(card)));
    return restore()
        .id(established.architecture())
        .version(1)
        .establishedAt(established.occurredAt())
        .lastEventAt(established.occurredAt())
        .catalogue(established.standard())
        .headquartersRequirements(requirements)
        .build();
  }

  private ProcessArchitecture apply(ProcessArchitectureEvent event) {
    if (event instanceof ArchitectureEstablished) {
      throw new IllegalArgumentException("architecture " + id() + " is already established");
    }
    Adaptation adaptation = ((ProcessAdapted) event).adaptation();
    boolean setsStandard = adaptation.by() == OrganisationLevel.HEADQUARTERS;
    Map<ProcessId, HeadquartersRequirements> requirements =
        new LinkedHashMap<>(headquartersRequirements());
    ProcessCatalogue next;
    ProcessChange change = adaptation.change();
    if (change instanceof ReviseCard revise) {
      next = catalogue().withRevised(revise.card());
      if (setsStandard) {
        requirements.put(revise.card().id(), HeadquartersRequirements.of(revise.card()));
      }
    } else if (change instanceof AddProcess add) {
      next = catalogue().withAdded(add.card());
      if (setsStandard) {
        requirements.put(add.card().id(), HeadquartersRequirements.of(add.card()));
      }
    } else {
      requirements.remove(adaptation.process());
      catalogue().descendants(adaptation.process()).forEach(c -> requirements.remove(c.id()));
      next = catalogue().without(adaptation.process());
    }
    return restore()
        .from(this)
        .version(version() + 1)
        .lastEventAt(adaptation.at())
        .catalogue(next)
        .headquartersRequirements(requirements)
        .addAdaptation(adaptation)
        .build();
  }

  private Transition<ProcessArchitecture, ProcessArchitectureEvent> next(
      ProcessArchitectureEvent event) {
    return Transition.of(apply(event), event);
  }
}
