"""三卡一法 一人一事: cases (records), their cards (cards, card_types) and printing."""
