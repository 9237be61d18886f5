/** The deck channel's topic of the ink messages (DeckChannel: a presenter publishes, following windows take them). */
export const INK_TOPIC = 'ink';
