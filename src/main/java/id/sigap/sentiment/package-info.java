/**
 * Indonesian sentiment (positif, netral, berpotensi negatif, negatif), emergency, hostility and
 * "wants a human" detection, and the escalation policy that turns them into a handoff decision.
 * Public face: {@link id.sigap.sentiment.SentimentClassifier}, {@link id.sigap.sentiment.Classification},
 * {@link id.sigap.sentiment.EscalationPolicy}, {@link id.sigap.sentiment.EscalationDecision},
 * {@link id.sigap.sentiment.EscalationSettings}, {@link id.sigap.sentiment.EmergencyContactSource}.
 * Everything else is package-private. See docs/sentiment.md.
 */
package id.sigap.sentiment;
