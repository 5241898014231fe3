/**
 * Closing the loop on knowledge gaps: a console action turns a gap into a draft entry (or a change adding its
 * phrasings), which goes through the four-eyes approval like any change; on approval the approver may tell
 * the citizens who asked, once each, through the outbox, with receipts. See docs/gaps.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "broadcast", "conversation", "editorial",
        "knowledge", "privacy", "store", "texts", "transcript"})
package id.sigap.gaps;
