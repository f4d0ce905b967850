package dev.cronhound.core.lineage;

import java.util.List;

/**
 * A process and its ancestors as far as the table knows them.
 *
 * @param chain the process first, then its parent, grandparent, ... (never empty)
 * @param missingParentImage when the last process's parent is not in the table but its start
 *     record names the parent's image, that image; else null
 */
public record Lineage(List<ProcessNode> chain, String missingParentImage) {

  public Lineage {
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a lineage has at least the process itself");
    }
  }

  /** The process the lineage is of. */
  public ProcessNode process() {
    return chain.get(0);
  }

  /**
   * Root first, as analysts read a tree: {@code svchost.exe > taskhostw.exe > powershell.exe};
   * an ancestor known only by name from its child's record is in brackets: {@code [explorer.exe]
   * > cmd.exe}.
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (missingParentImage != null) {
      sb.append('[').append(ProcessNode.fileName(missingParentImage)).append("] > ");
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      sb.append(chain.get(i).imageName());
      if (i > 0) {
        sb.append(" > ");
      }
    }
    return sb.toString();
  }
}
