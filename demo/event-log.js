// Shows, under the quiz, every event the quiz sends the host page (an external script, so the
// demo pages need no inline code).
const log = document.getElementById('log');
for (const name of ['quiz-ready', 'quiz-error', 'quiz-answer', 'quiz-complete']) {
  document.addEventListener(name, (event) => {
    log.textContent += `${name} ${JSON.stringify(event.detail)}\n`;
  });
}
