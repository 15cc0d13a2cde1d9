/**
 * The {@code standpoint} command line: one picocli command per verb, errors mapped to exit codes in one place ({@code Errors}).
 */
package dev.standpoint.cli;
