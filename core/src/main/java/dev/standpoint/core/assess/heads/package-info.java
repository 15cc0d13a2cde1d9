/**
 * Small trained classifier heads over sentence vectors, with the provenance of their training, and the logistic
 * regression that fits them ({@code standpoint train}).
 */
package dev.standpoint.core.assess.heads;
