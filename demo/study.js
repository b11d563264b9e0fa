// The study demo's clock: each click moves the quiz's clock (its `clock` property) a day on, so
// the schedule can be tried in minutes. An external script, so the page needs no inline code.
const quiz = document.querySelector('cite-quiz');
const shown = document.getElementById('clock-date');
let days = 0;
document.getElementById('next-day').addEventListener('click', () => {
  days += 1;
  quiz.clock = () => Date.now() + days * 24 * 60 * 60 * 1000;
  shown.textContent = `The quiz's clock is ${days} day${days === 1 ? '' : 's'} ahead: ${new Date(quiz.clock()).toDateString()}.`;
});
