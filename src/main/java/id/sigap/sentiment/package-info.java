/**
 * Indonesian sentiment (positif, netral, berpotensi negatif, negatif), emergency, hostility and
 * "wants a human" detection: signals only. What a turn ends in (a handoff, its priority) is decided in
 * one place, {@code id.sigap.conversation.TurnDecider}, which reads these signals and the settings here.
 * Public face: {@link id.sigap.sentiment.SentimentClassifier}, {@link id.sigap.sentiment.Classification},
 * {@link id.sigap.sentiment.EscalationSettings}, {@link id.sigap.sentiment.EmergencyContactSource}.
 * Everything else is package-private. See docs/sentiment.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"texts"})
package id.sigap.sentiment;
