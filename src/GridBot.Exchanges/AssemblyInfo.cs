namespace GridBot.Exchanges;
