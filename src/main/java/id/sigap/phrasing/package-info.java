/**
 * Learning phrasings: the questions citizens asked that ended in an entry (a tapped choice, a 👍, a
 * suggestion staff sent) become proposed phrasings of that entry, redacted, kept in Redis with counts;
 * editors accept, edit or reject them in bulk, and the accepted ones become one draft change of the entry,
 * approved by a second person like any other. Nothing is added to the knowledge base on its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"conversation", "editorial", "handoff", "knowledge", "privacy", "store", "texts"})
package id.sigap.phrasing;
