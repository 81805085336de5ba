package org.leadtocash.domain.relationship;

import com.google.common.collect.ImmutableList;
import com.google.common.graph.EndpointPair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leadtocash.domain.common.PersonId;

/**
 * Draws a {@link DecisionChain} as the customer's power map (客户组织权力地图, DOMAIN D7.2, D7.3): a <a
 * href="https://mermaid.js.org/syntax/flowchart.html">Mermaid</a> flowchart that a host can render
 * in a wiki, an issue or a browser. Returns text only; writes nothing.
 *
 * <p>The map shows, for each key person, in chain order:
 *
 * <ul>
 *   <li>a node {@code p1}, {@code p2} … (ids on the map are positions in the chain, never the
 *       host's person ids or names — the name is personal data, D7.8), labelled with the position
 *       kind and title, the decision roles, and the stance, key-relationship level (D7.4) and a
 *       {@code ★ coach} mark;
 *   <li>a solid arrow {@code -->|reports to|} from each person to their manager, so managers sit
 *       above ({@code flowchart BT});
 *   <li>a dotted arrow {@code -.->|strong influence|} for each influence, with its strength;
 *   <li>a colour per stance: supporters green, neutrals grey, opponents red, unknown dashed.
 * </ul>
 *
 * <p>Edges are listed by their source, then their target, in chain order; a reporting line comes
 * before an influence between the same two people. Quotes, angle brackets and {@code #} in titles
 * are written as Mermaid entities ({@code #quot;}, {@code #lt;}, {@code #gt;}, {@code #35;}).
 */
public final class PowerMap {

  private PowerMap() {}

  /**
   * Returns the power map of a decision chain as a Mermaid flowchart.
   *
   * @param chain the decision chain; not null
   * @param levels the current key-relationship level of each person assessed (D7.4); people missing
   *     from the map are shown with an unknown level; people not in the chain are ignored; not null
   * @return the flowchart's text, one statement per line, ending with a newline; never null
   */
  public static String toMermaid(DecisionChain chain, Map<PersonId, KeyRelationshipLevel> levels) {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(levels, "levels");
    List<PersonId> order = chain.people().stream().map(KeyPerson::id).toList();
    StringBuilder out = new StringBuilder("flowchart BT\n");
    for (KeyPerson person : chain.people()) {
      out.append("  ")
          .append(node(order, person.id()))
          .append("[\"")
          .append(label(person, Optional.ofNullable(levels.get(person.id()))))
          .append("\"]\n");
    }
    Comparator<EndpointPair<PersonId>> byEnds =
        Comparator.<EndpointPair<PersonId>>comparingInt(e -> order.indexOf(e.source()))
            .thenComparingInt(e -> order.indexOf(e.target()));
    List<EndpointPair<PersonId>> edges = new ArrayList<>(chain.graph().edges());
    edges.sort(byEnds);
    for (EndpointPair<PersonId> edge : edges) {
      ChainLink link = chain.graph().edgeValue(edge.source(), edge.target()).orElseThrow();
      String from = node(order, edge.source());
      String to = node(order, edge.target());
      if (link.reportsTo()) {
        out.append("  ").append(from).append(" -->|reports to| ").append(to).append('\n');
      }
      link.influence()
          .ifPresent(
              s ->
                  out.append("  ")
                      .append(from)
                      .append(" -.->|")
                      .append(s.label())
                      .append(" influence| ")
                      .append(to)
                      .append('\n'));
    }
    out.append("  classDef supporter fill:#dff0d8,stroke:#3c763d\n")
        .append("  classDef neutral fill:#f5f5f5,stroke:#777777\n")
        .append("  classDef opponent fill:#f2dede,stroke:#a94442\n")
        .append("  classDef unknown fill:#ffffff,stroke:#777777,stroke-dasharray:4 3\n");
    for (Optional<Stance> stance : stances()) {
      List<String> nodes =
          chain.people().stream()
              .filter(p -> p.stance().equals(stance))
              .map(p -> node(order, p.id()))
              .toList();
      if (!nodes.isEmpty()) {
        out.append("  class ")
            .append(String.join(",", nodes))
            .append(' ')
            .append(stance.map(Stance::name).orElse("unknown").toLowerCase(Locale.ROOT))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static List<Optional<Stance>> stances() {
    ImmutableList.Builder<Optional<Stance>> stances = ImmutableList.builder();
    for (Stance stance : Stance.values()) {
      stances.add(Optional.of(stance));
    }
    return stances.add(Optional.empty()).build();
  }

  private static String node(List<PersonId> order, PersonId id) {
    return "p" + (order.indexOf(id) + 1);
  }

  private static String label(KeyPerson person, Optional<KeyRelationshipLevel> level) {
    return escape(person.position().abbreviation() + " · " + person.title())
        + "<br/>"
        + person.roles().stream().map(DecisionRole::label).collect(Collectors.joining(", "))
        + "<br/>"
        + person.stance().map(Stance::label).orElse("stance unknown")
        + " · "
        + level.map(KeyRelationshipLevel::label).orElse("level unknown")
        + (person.coach() ? " · ★ coach" : "");
  }

  private static String escape(String text) {
    return text.replace("#", "#35;")
        .replace("\"", "#quot;")
        .replace("<", "#lt;")
        .replace(">", "#gt;");
  }
}
