package org.leadtocash.domain.activity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.leadtocash.domain.customer.DepartmentKind;

/**
 * The playbook of general-relationship work across the project lifecycle: one {@link PlaybookEntry}
 * for each {@link LifecycleStage} (DOMAIN D7.11). The {@link #standard()} playbook holds the
 * sources' content; a host with its own playbook builds one with {@link #of}.
 *
 * @param entries the entry of every stage, keyed by its stage; not null
 */
public record RelationshipPlaybook(Map<LifecycleStage, PlaybookEntry> entries) {

  private static final RelationshipPlaybook STANDARD =
      of(
          List.of(
              new PlaybookEntry(
                  LifecycleStage.OPPORTUNITY_DISCOVERY,
                  "shape the customer's need into a project we can win",
                  List.of(
                      "communicate, and identify the customer's business pain points",
                      "guide and steer the customer's needs",
                      "move the customer to set the project's goals",
                      "identify the competitors, keep the list of candidate suppliers under"
                          + " control and keep strong rivals out"),
                  EnumSet.of(
                      DepartmentKind.MARKETING,
                      DepartmentKind.PLANNING,
                      DepartmentKind.PROCUREMENT),
                  List.of(
                      "business exchanges with the marketing department, which finds the problems"
                          + " and raises the needs",
                      "company visits and showcase-site visits for the planning department, which"
                          + " gathers the needs, and the procurement department, the hub to be"
                          + " won"),
                  ImmutableMap.of(
                      PlaybookOwner.SOLUTION_EXPERT,
                      "the marketing department; the project's planning and design",
                      PlaybookOwner.MARKETING_EXPERT,
                      "the project's planning and design",
                      PlaybookOwner.ACCOUNT_MANAGER,
                      "the procurement department and the customer's executives")),
              new PlaybookEntry(
                  LifecycleStage.PROJECT_OPERATION,
                  "win the bid and sign a contract without buried mines",
                  List.of(
                      "establish clear channels for gathering information",
                      "guide the tender: set control points such as distinctive technical"
                          + " indicators and entry barriers",
                      "make the evaluation report more favourable, through external experts and"
                          + " design institutes",
                      "improve contract quality: raise the problems already learned through the"
                          + " general relationship, backed by key relationships where needed"),
                  EnumSet.of(
                      DepartmentKind.PLANNING,
                      DepartmentKind.PROCUREMENT,
                      DepartmentKind.FINANCE,
                      DepartmentKind.MAINTENANCE),
                  List.of("private visits", "business exchanges", "dedicated inspection tours"),
                  ImmutableMap.of(
                      PlaybookOwner.ACCOUNT_MANAGER,
                      "the planning, procurement, finance and maintenance departments during the"
                          + " bid",
                      PlaybookOwner.SOLUTION_EXPERT,
                      "the tender's technical control points and the evaluation")),
              new PlaybookEntry(
                  LifecycleStage.CONTRACT_EXECUTION,
                  "deliver successfully and improve profitability",
                  List.of(
                      "keep the departments that build, install and run the project working"
                          + " smoothly with our delivery team"),
                  EnumSet.of(
                      DepartmentKind.CONSTRUCTION,
                      DepartmentKind.SITE_WORKS,
                      DepartmentKind.MAINTENANCE),
                  List.of("management training"),
                  ImmutableMap.of(
                      PlaybookOwner.DELIVERY_MANAGER,
                      "leads the relationship work of the execution")),
              new PlaybookEntry(
                  LifecycleStage.COLLECTION,
                  "speed up collection",
                  List.of(
                      "obtain the project's acceptance documents from the maintenance department",
                      "learn the customer's funds, payment plan and payment requirements from the"
                          + " finance department",
                      "obtain the approvals of the decision-making leaders concerned"),
                  EnumSet.of(
                      DepartmentKind.MAINTENANCE,
                      DepartmentKind.FINANCE,
                      DepartmentKind.SENIOR_MANAGEMENT),
                  List.of(
                      "department get-togethers that build personal rapport",
                      "management exchanges that smooth the cooperation of the two organisations",
                      "dedicated exchanges on financial management"),
                  ImmutableMap.of(
                      PlaybookOwner.ACCOUNT_MANAGER,
                      "the decision-chain leaders; mobilises the delivery manager, the collection"
                          + " manager and the representative office's CEO and assigns their tasks"
                          + " by the collection plan",
                      PlaybookOwner.DELIVERY_MANAGER,
                      "the tasks the collection plan assigns",
                      PlaybookOwner.COLLECTION_MANAGER,
                      "the tasks the collection plan assigns"))));

  /**
   * Checks that every stage has its entry, under its own stage, and copies the map.
   *
   * @param entries the entry of every stage, keyed by its stage; not null
   * @throws IllegalArgumentException if a stage is missing or an entry is filed under another stage
   */
  public RelationshipPlaybook {
    Objects.requireNonNull(entries, "entries");
    entries.forEach(
        (stage, entry) ->
            checkArgument(
                entry.stage() == stage, "the entry of %s is filed under %s", entry.stage(), stage));
    Set<LifecycleStage> missing = EnumSet.allOf(LifecycleStage.class);
    missing.removeAll(entries.keySet());
    checkArgument(
        missing.isEmpty(),
        "a playbook covers every lifecycle stage; missing %s (DOMAIN D7.11)",
        missing);
    entries = Maps.immutableEnumMap(entries);
  }

  /**
   * Returns the standard playbook, from the sources (D7.11). Where the sources leave a stage's part
   * blank, the library fills it and says so here: the owners of project operation (the account
   * manager, with the solution expert for the tender's technical points) and the goal of contract
   * execution (successful delivery and improved profitability, the delivery value of the general
   * relationship in D7.6). In opportunity discovery the sources list the solution expert first; it
   * leads there.
   *
   * @return the standard playbook, never null
   */
  public static RelationshipPlaybook standard() {
    return STANDARD;
  }

  /**
   * Returns a playbook of the given entries.
   *
   * @param entries one entry per lifecycle stage; not null
   * @return the playbook, never null
   * @throws IllegalArgumentException if a stage has no entry or two
   */
  public static RelationshipPlaybook of(Collection<PlaybookEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    Map<LifecycleStage, PlaybookEntry> byStage = new EnumMap<>(LifecycleStage.class);
    for (PlaybookEntry entry : entries) {
      checkArgument(
          byStage.put(entry.stage(), entry) == null, "the %s stage has two entries", entry.stage());
    }
    return new RelationshipPlaybook(byStage);
  }

  /**
   * Returns the entry of a stage.
   *
   * @param stage the stage; not null
   * @return its entry, never null
   */
  public PlaybookEntry entry(LifecycleStage stage) {
    Objects.requireNonNull(stage, "stage");
    return Objects.requireNonNull(entries.get(stage), "every stage has an entry");
  }

  /**
   * Returns the stages whose work reaches a department, in lifecycle order.
   *
   * @param department the department; not null
   * @return the stages, never null
   */
  public List<LifecycleStage> stagesReaching(DepartmentKind department) {
    Objects.requireNonNull(department, "department");
    return entries.values().stream()
        .filter(e -> e.reaches(department))
        .map(PlaybookEntry::stage)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the stages in whose work an owner role takes part, in lifecycle order.
   *
   * @param owner the role; not null
   * @return the stages, never null
   */
  public List<LifecycleStage> stagesOwnedBy(PlaybookOwner owner) {
    Objects.requireNonNull(owner, "owner");
    return entries.values().stream()
        .filter(e -> e.isOwnedBy(owner))
        .map(PlaybookEntry::stage)
        .collect(ImmutableList.toImmutableList());
  }
}
